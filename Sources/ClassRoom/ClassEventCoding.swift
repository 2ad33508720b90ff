/// The log's form of an event: one flat JSON object, its `type` the case's name in snake_case and
/// its fields beside it under stable snake_case keys, e.g.
/// `{"type":"join","seat":1,"name":"Ada","token_hash":"9f2c"}`, `{"type":"timed_out","seat":4}`,
/// `{"type":"start","game":"trade","rounds":10,"seed":7,…}` (the setup's fields inline). These
/// keys are a file format (`glosten host --resume` reads them back): change them only with a
/// reader of the old ones. Logs written before this form (Swift's synthesized `_0` keys) are not read.
extension ClassEvent: Codable {
    enum Tag: String, Codable {
        case join, leave, rejoin, start, call, order, pass, quote
        case timedOut = "timed_out"
        case pause, resume, next, reveal, stop, kick, message
    }

    enum Key: String, CodingKey {
        case type, seat, name, side, bid, ask, text
        case tokenHash = "token_hash"
    }

    var tag: Tag {
        switch self {
        case .join: .join
        case .leave: .leave
        case .rejoin: .rejoin
        case .start: .start
        case .call: .call
        case .order: .order
        case .pass: .pass
        case .quote: .quote
        case .timedOut: .timedOut
        case .pause: .pause
        case .resume: .resume
        case .next: .next
        case .reveal: .reveal
        case .stop: .stop
        case .kick: .kick
        case .message: .message
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(tag, forKey: .type)
        switch self {
        case .join(let seat, let name, let tokenHash):
            try c.encode(seat, forKey: .seat)
            try c.encode(name, forKey: .name)
            try c.encode(tokenHash, forKey: .tokenHash)
        case .rejoin(let seat, let tokenHash):
            try c.encode(seat, forKey: .seat)
            try c.encode(tokenHash, forKey: .tokenHash)
        case .leave(let seat), .call(let seat), .pass(let seat), .timedOut(let seat), .kick(let seat):
            try c.encode(seat, forKey: .seat)
        case .order(let seat, let side):
            try c.encode(seat, forKey: .seat)
            try c.encode(side, forKey: .side)
        case .quote(let seat, let bid, let ask):
            try c.encode(seat, forKey: .seat)
            try c.encode(bid, forKey: .bid)
            try c.encode(ask, forKey: .ask)
        case .start(let setup):
            try setup.encode(to: encoder)
        case .message(let text):
            try c.encode(text, forKey: .text)
        case .pause, .resume, .next, .reveal, .stop:
            break
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        func seat() throws -> Int { try c.decode(Int.self, forKey: .seat) }
        switch try c.decode(Tag.self, forKey: .type) {
        case .join:
            self = .join(
                seat: try seat(), name: try c.decode(String.self, forKey: .name),
                tokenHash: try c.decode(String.self, forKey: .tokenHash))
        case .leave: self = .leave(seat: try seat())
        case .rejoin: self = .rejoin(seat: try seat(), tokenHash: try c.decode(String.self, forKey: .tokenHash))
        case .start: self = .start(try GameSetup(from: decoder))
        case .call: self = .call(seat: try seat())
        case .order: self = .order(seat: try seat(), side: try c.decode(Side.self, forKey: .side))
        case .pass: self = .pass(seat: try seat())
        case .quote:
            self = .quote(seat: try seat(), bid: try c.decode(Double.self, forKey: .bid), ask: try c.decode(Double.self, forKey: .ask))
        case .timedOut: self = .timedOut(seat: try seat())
        case .pause: self = .pause
        case .resume: self = .resume
        case .next: self = .next
        case .reveal: self = .reveal
        case .stop: self = .stop
        case .kick: self = .kick(seat: try seat())
        case .message: self = .message(try c.decode(String.self, forKey: .text))
        }
    }
}
