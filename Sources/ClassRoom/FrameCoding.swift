/// The frames as type-tagged JSON: `type` and the payload's fields in one object.
extension ServerFrame: Codable {
    enum Tag: String, Codable {
        case welcome, role, quotes, called, quoting, tape, pnl, reveal, standings, message, error, paused, over, console
    }

    private enum Key: String, CodingKey {
        case type, seat, deadline, round, standings, text, code, paused, lines
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .welcome(let w): try c.encode(Tag.welcome, forKey: .type); try w.encode(to: encoder)
        case .role(let r): try c.encode(Tag.role, forKey: .type); try r.encode(to: encoder)
        case .quotes(let q): try c.encode(Tag.quotes, forKey: .type); try q.encode(to: encoder)
        case .tape(let t): try c.encode(Tag.tape, forKey: .type); try t.encode(to: encoder)
        case .pnl(let a): try c.encode(Tag.pnl, forKey: .type); try a.encode(to: encoder)
        case .reveal(let r): try c.encode(Tag.reveal, forKey: .type); try r.encode(to: encoder)
        case .called(let seat, let deadline): try Self.encode(.called, .seat, seat, deadline: deadline, in: &c)
        case .quoting(let round, let deadline): try Self.encode(.quoting, .round, round, deadline: deadline, in: &c)
        case .standings(let s):
            try c.encode(Tag.standings, forKey: .type)
            try c.encode(s, forKey: .standings)
        case .message(let text):
            try c.encode(Tag.message, forKey: .type)
            try c.encode(text, forKey: .text)
        case .error(let code, let text):
            try c.encode(Tag.error, forKey: .type)
            try c.encode(code, forKey: .code)
            try c.encode(text, forKey: .text)
        case .paused(let paused):
            try c.encode(Tag.paused, forKey: .type)
            try c.encode(paused, forKey: .paused)
        case .over:
            try c.encode(Tag.over, forKey: .type)
        case .console(let lines):
            try c.encode(Tag.console, forKey: .type)
            try c.encode(lines, forKey: .lines)
        }
    }

    /// A frame of a number and a deadline (`called`: a seat; `quoting`: a round).
    private static func encode(
        _ tag: Tag, _ key: Key, _ number: Int, deadline: Double, in c: inout KeyedEncodingContainer<Key>
    ) throws {
        try c.encode(tag, forKey: .type)
        try c.encode(number, forKey: key)
        try c.encode(deadline, forKey: .deadline)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        switch try c.decode(Tag.self, forKey: .type) {
        case .welcome: self = .welcome(try Welcome(from: decoder))
        case .role: self = .role(try RoleCard(from: decoder))
        case .quotes: self = .quotes(try PostedQuotes(from: decoder))
        case .tape: self = .tape(try TapeEntry(from: decoder))
        case .pnl: self = .pnl(try Account(from: decoder))
        case .reveal: self = .reveal(try Reveal(from: decoder))
        case .called: self = .called(seat: try c.decode(Int.self, forKey: .seat), deadline: try c.decode(Double.self, forKey: .deadline))
        case .quoting: self = .quoting(round: try c.decode(Int.self, forKey: .round), deadline: try c.decode(Double.self, forKey: .deadline))
        case .standings: self = .standings(try c.decode([Standing].self, forKey: .standings))
        case .message: self = .message(try c.decode(String.self, forKey: .text))
        case .error: self = .error(code: try c.decode(ClassRefusal.Code.self, forKey: .code), text: try c.decode(String.self, forKey: .text))
        case .paused: self = .paused(try c.decode(Bool.self, forKey: .paused))
        case .over: self = .over
        case .console: self = .console(try c.decode([String].self, forKey: .lines))
        }
    }
}
