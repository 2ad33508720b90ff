/// A student's seat: her name, her token's hash, whether she is connected, and what she did.
public struct Seat: Sendable, Equatable {
    public let number: Int
    public let name: String
    let tokenHash: String
    public internal(set) var present = true
    public internal(set) var kicked = false
    /// Rounds she was informed in (`trade`), for the rotation.
    public internal(set) var informedRounds = 0
    /// Turns she was given and turns she played herself (not the robot), over all games.
    public internal(set) var turns = 0
    public internal(set) var played = 0
}

/// The class's seats, by number.
public struct Roster: Sendable, Equatable {
    static let nameLimit = 24
    static let messageLimit = 280
    public private(set) var seats: [Int: Seat] = [:]

    /// The seats still in the class (not kicked), in seat order.
    public var active: [Seat] { seats.values.filter { !$0.kicked }.sorted { $0.number < $1.number } }

    /// The seat, or the refusal for a seat that is not (or no longer) in the class.
    func seat(_ number: Int) throws(ClassRefusal) -> Seat {
        guard let seat = seats[number] else { throw .unknownSeat(number) }
        if seat.kicked { throw .kicked(number) }
        return seat
    }

    func checkJoin(seat: Int, name: String) throws(ClassRefusal) {
        if seats[seat] != nil { throw .seatTaken(seat) }
        guard Self.isName(name) else { throw .badName }
        if seats.values.contains(where: { $0.name.lowercased() == name.lowercased() }) { throw .nameTaken(name) }
    }

    mutating func join(seat: Int, name: String, tokenHash: String) {
        seats[seat] = Seat(number: seat, name: name, tokenHash: tokenHash)
    }

    mutating func update(_ number: Int, _ change: (inout Seat) -> Void) {
        if var seat = seats[number] {
            change(&seat)
            seats[number] = seat
        }
    }

    func checkToken(_ number: Int, _ tokenHash: String) throws(ClassRefusal) {
        let seat = try seat(number)
        guard seat.tokenHash == tokenHash else { throw .wrongToken }
    }

    static func isName(_ name: String) -> Bool {
        guard (1...nameLimit).contains(name.count), name.first != " ", name.last != " " else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || " -.'".unicodeScalars.contains($0)
        }
    }

    static func isMessage(_ text: String) -> Bool {
        (1...messageLimit).contains(text.count) && !text.contains(where: \.isNewline)
    }
}
