import ClassRoom

/// The log's line for a record: one flat JSON object with `type` and snake_case keys, e.g.
/// `{"type":"opened","code":"QX7K"}`, `{"type":"joined","seat":1,"name":"Ada","token":"…"}`,
/// `{"type":"event","at":12.5,"event":{"type":"order","seat":1,"side":"buy"}}` (the event in its
/// own format, `ClassEventCoding.swift`). A file format: `--resume` reads it back. Logs written
/// before it (Swift's positional `_0` keys) are not read.
extension HostRecord {
    private enum Tag: String, Codable { case opened, joined, event }
    private enum Key: String, CodingKey { case type, code, seat, name, token, at, event }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .opened(let code):
            try c.encode(Tag.opened, forKey: .type)
            try c.encode(code, forKey: .code)
        case .joined(let seat):
            try c.encode(Tag.joined, forKey: .type)
            try c.encode(seat.number, forKey: .seat)
            try c.encode(seat.name, forKey: .name)
            try c.encode(seat.token, forKey: .token)
        case .event(let event, let at):
            try c.encode(Tag.event, forKey: .type)
            try c.encode(at, forKey: .at)
            try c.encode(event, forKey: .event)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        switch try c.decode(Tag.self, forKey: .type) {
        case .opened: self = .opened(code: try c.decode(String.self, forKey: .code))
        case .joined:
            self = .joined(
                Seat(
                    number: try c.decode(Int.self, forKey: .seat), name: try c.decode(String.self, forKey: .name),
                    token: try c.decode(String.self, forKey: .token)))
        case .event: self = .event(try c.decode(ClassEvent.self, forKey: .event), at: try c.decode(Double.self, forKey: .at))
        }
    }
}
