import Foundation

/// One student's place in the class.
public struct Seat: Codable, Equatable, Sendable {
    public let number: Int
    public let name: String
    /// The session token her page keeps; it brings her back to this seat.
    public let token: String
}

/// Who is in the class: seats by token and by name. Pure; the hall owns one.
public struct SeatTable: Sendable {
    public static let capacity = 600
    public private(set) var taken: [Seat] = []
    private var byToken: [String: Int] = [:]

    public init() {}

    /// The seat a token names, if any.
    public func seat(token: String) -> Seat? { byToken[token].map { taken[$0] } }

    /// Checks a join; returns the seat it would create (the next number, `token`).
    public func admit(name typed: String, token: String) throws(HostRefusal) -> Seat {
        let name = typed.trimmingCharacters(in: .whitespaces)
        guard Self.isAcceptable(name) else { throw .badName(typed) }
        guard !taken.contains(where: { $0.name.lowercased() == name.lowercased() }) else { throw .nameTaken(name) }
        guard taken.count < Self.capacity else { throw .classFull(Self.capacity) }
        return Seat(number: taken.count + 1, name: name, token: token)
    }

    /// Records a seat `admit` returned (or the log replays).
    public mutating func seat(_ seat: Seat) {
        byToken[seat.token] = taken.count
        taken.append(seat)
    }

    static func isAcceptable(_ name: String) -> Bool {
        guard (1...FrameBudget.maximumNameLength).contains(name.count) else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || " -'.".contains($0) }
    }
}
