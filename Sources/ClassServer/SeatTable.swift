import Foundation

/// One student's place in the class.
public struct Seat: Codable, Equatable, Sendable {
    public let number: Int
    public let name: String
    /// The SHA-256 digest of the session token her page keeps (`SessionToken`); the token itself
    /// is never kept, nor logged.
    public let tokenHash: String
}

/// Who is in the class: seats by number and by name, and the digests of their tokens. Pure; the
/// hall owns one.
public struct SeatTable: Sendable {
    public static let capacity = 600
    public private(set) var taken: [Seat] = []

    public init() {}

    /// The seat a token names, if any: its digest compared with every seat's in constant time (no
    /// early exit), so how long a refusal takes tells nothing of a token.
    public func seat(token: String) -> Seat? {
        let digest = SessionToken.digest(token)
        var found: Seat?
        for seat in taken where SessionToken.same(seat.tokenHash, digest) { found = seat }
        return found
    }

    /// Checks a join; returns the seat it would create (the next number, `token`'s digest).
    public func admit(name typed: String, token: String) throws(HostRefusal) -> Seat {
        let name = typed.trimmingCharacters(in: .whitespaces)
        guard Self.isAcceptable(name) else { throw .badName(typed) }
        guard !taken.contains(where: { $0.name.lowercased() == name.lowercased() }) else { throw .nameTaken(name) }
        guard taken.count < Self.capacity else { throw .classFull(Self.capacity) }
        return Seat(number: taken.count + 1, name: name, tokenHash: SessionToken.digest(token))
    }

    /// Records a seat `admit` returned (or the log replays).
    public mutating func seat(_ seat: Seat) {
        taken.append(seat)
    }

    static func isAcceptable(_ name: String) -> Bool {
        guard (1...FrameBudget.maximumNameLength).contains(name.count) else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || " -'.".contains($0) }
    }
}
