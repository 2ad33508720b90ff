import ClassRoom
import Foundation

/// What a student's page sends, decoded from one text frame: `{"type": "...", ...}`.
public enum StudentMessage: Equatable, Sendable {
    /// A transport check: the server answers with the same text.
    case echo(String)
    /// `{"type": "order", "side": "buy"|"sell"|"pass"}`: nil is a pass.
    case order(Side?)
    /// `{"type": "quote", "bid": B, "ask": A}`.
    case quote(bid: Double, ask: Double)

    /// Decodes one frame, or says what is wrong with it.
    public static func decode(_ text: String) throws(HostRefusal) -> StudentMessage {
        let bytes = text.utf8.count
        guard bytes <= FrameBudget.maximumBytes else { throw .oversizedFrame(bytes) }
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let type = object["type"] as? String
        else { throw .malformedFrame }
        switch type {
        case "echo":
            guard let echoed = object["text"] as? String else { throw .malformedFrame }
            return .echo(echoed)
        case "order":
            guard let word = object["side"] as? String else { throw .malformedFrame }
            if word == "pass" { return .order(nil) }
            guard let side = Side(rawValue: word) else { throw .malformedFrame }
            return .order(side)
        case "quote":
            guard let bid = (object["bid"] as? NSNumber)?.doubleValue, let ask = (object["ask"] as? NSNumber)?.doubleValue,
                bid.isFinite, ask.isFinite
            else { throw .malformedFrame }
            return .quote(bid: bid, ask: ask)
        default:
            throw .unknownFrameType(type)
        }
    }
}

/// What the server sends a student's page, encoded as one text frame.
public enum StudentNotice: Equatable, Sendable {
    /// Her seat, on every (re)connection, before her history.
    case welcome(seat: Int, name: String)
    case echo(String)
    /// One refusal, worded by `HostText`.
    case error(String)
    /// A frame of the class engine, already encoded as a JSON object, sent at `now` on the
    /// class's clock (so the page can count down to a deadline).
    case game(String, now: Double)

    /// The frame's text.
    public var text: String {
        switch self {
        case .welcome(let seat, let name): Self.object(["type": "welcome", "seat": seat, "name": name])
        case .echo(let echoed): Self.object(["type": "echo", "text": echoed])
        case .error(let line): Self.object(["type": "error", "message": line])
        case .game(let json, let now): #"{"type":"game","now":\#(now),"frame":"# + json + "}"
        }
    }

    private static func object(_ fields: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
