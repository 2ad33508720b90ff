import Foundation
import HummingbirdTesting
import Testing

@testable import ClassServer

/// What no frame may tell a student, checked over every frame one connection received, in order.
enum FrameAudit {
    /// Checks the frames `texts` that a connection of `seat` received. `secrets` are every
    /// student's token and token digest: none may appear in any frame.
    static func check(_ texts: [String], seat: Int, secrets: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        var revealed: [Int: Double] = [:]  // round → value, once she has seen its reveal
        var cards: [Int: String] = [:]  // round → her role card, as first received
        var informed: [Int: Double] = [:]  // round → the value on her informed card
        for text in texts {
            for secret in secrets {
                #expect(!text.contains(secret), "seat \(seat) received a token or digest: \(text)", sourceLocation: sourceLocation)
            }
            // No path, no stack trace, no internal error.
            for leak in ["/tmp", "/work", "/home", ".swift", "Fatal", "Error Domain"] {
                #expect(!text.contains(leak), "seat \(seat) received “\(leak)”: \(text)", sourceLocation: sourceLocation)
            }
            let outer = (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
            #expect(!outer.isEmpty, "seat \(seat): a frame that is not a JSON object: \(text)", sourceLocation: sourceLocation)
            if outer["type"] as? String == "welcome" {
                #expect(outer["seat"] as? Int == seat, "a welcome to another seat: \(text)", sourceLocation: sourceLocation)
            }
            guard let frame = outer["frame"] as? [String: Any] else { continue }
            let type = frame["type"] as? String
            let round = frame["round"] as? Int
            // A seat number in a frame is hers, or the seat being called (public).
            if let other = frame["seat"] as? Int, other != seat {
                #expect(type == "called", "seat \(seat) received seat \(other)'s \(text)", sourceLocation: sourceLocation)
            }
            switch type {
            case "role":
                let round = round ?? 0
                let card = canonical(frame)
                // Every card she gets for a round is the same card: hers (never another's).
                #expect(cards[round, default: card] == card, "seat \(seat), round \(round): two cards", sourceLocation: sourceLocation)
                cards[round] = cards[round] ?? card
                if let value = (frame["value"] as? NSNumber)?.doubleValue { informed[round] = value }
                // The value only on an informed card.
                #expect((frame["value"] != nil) == (frame["kind"] as? String == "informed"), "\(text)", sourceLocation: sourceLocation)
            case "reveal":
                if let round, let value = (frame["value"] as? NSNumber)?.doubleValue { revealed[round] = value }
            default:
                #expect(frame["value"] == nil, "seat \(seat) got a value in \(text) before its reveal", sourceLocation: sourceLocation)
            }
            // No role of anybody on the public frames, nor a name but in the league or her welcome.
            #expect(frame["kind"] == nil || type == "role", "\(text)", sourceLocation: sourceLocation)
            #expect(frame["informed"] == nil && frame["tokenHash"] == nil, "\(text)", sourceLocation: sourceLocation)
        }
        // Her informed cards told her the value the reveal then showed.
        for (round, value) in informed where revealed[round] != nil {
            #expect(revealed[round] == value, "seat \(seat), round \(round): her card said \(value)", sourceLocation: sourceLocation)
        }
    }

    static func canonical(_ object: [String: Any]) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
    }

    /// Each student's token and its digest.
    static func secrets(_ tokens: [String]) -> [String] { tokens + tokens.map(SessionToken.digest) }

    /// The inner game frames of `texts`.
    static func game(_ texts: [String]) -> [[String: Any]] {
        ClassClient.decoded(texts).compactMap { $0["frame"] as? [String: Any] }
    }
}

/// A hall served on loopback with its clock ticking every 50 ms, for the length of `body`.
func withLiveHall(_ hall: ClassHall, _ body: @escaping @Sendable (ClassClient) async throws -> Void) async throws {
    let application = HostApplication.make(hall: hall, bind: "127.0.0.1", port: 0)
    let clock = Task {
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(50))
            await hall.tick()
        }
    }
    defer { clock.cancel() }
    try await application.test(.live) { live in
        try await body(ClassClient(host: "127.0.0.1", port: try #require(live.port)))
    }
}
