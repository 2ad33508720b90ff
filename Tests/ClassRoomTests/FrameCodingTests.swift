import Foundation
import Testing

@testable import ClassRoom

/// Frames travel as type-tagged JSON and come back the same.
@Suite struct FrameCodingTests {
    @Test func everyFrameOfAWholeGameRoundTrips() throws {
        var d = Driver(ClassHarness.binary())
        try d.seat(3)
        try d.apply(.start(GameSetup(game: .trade, rounds: 2, seed: 3, breakSeconds: 0)))
        try d.apply(.message("hello"))
        try d.apply(.pause)
        try d.apply(.resume)
        while d.room.gameRunning != nil {
            if let seat = d.called { try d.apply(.order(seat: seat, side: .sell)) } else { try d.apply(.next) }
        }
        _ = try? d.apply(.order(seat: 1, side: .buy))
        var tags: Set<String> = []
        for out in d.frames {
            let data = try JSONEncoder().encode(out.frame)
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            tags.insert(try #require(object["type"] as? String))
            #expect(try JSONDecoder().decode(ServerFrame.self, from: data) == out.frame)
        }
        #expect(tags.isSuperset(of: ["welcome", "role", "quotes", "called", "tape", "pnl", "reveal", "standings", "message", "paused", "over", "console"]))
    }

    @Test func theShapeThePageReads() throws {
        let data = try JSONEncoder().encode(ServerFrame.called(seat: 3, deadline: 41.5))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["type"] as? String == "called" && object["seat"] as? Int == 3 && object["deadline"] as? Double == 41.5)
        let error = try JSONEncoder().encode(ServerFrame.error(code: .notYourTurn, text: "wait"))
        let e = try #require(try JSONSerialization.jsonObject(with: error) as? [String: Any])
        #expect(e["type"] as? String == "error" && e["code"] as? String == "notYourTurn" && e["text"] as? String == "wait")
    }

    @Test func eventsRoundTripForTheLog() throws {
        let events: [ClassEvent] = [
            .join(seat: 1, name: "Ada", tokenHash: "h"), .start(GameSetup(game: .makers, rounds: 3, seed: 9, penalty: 2)),
            .order(seat: 1, side: .buy), .quote(seat: 2, bid: 99.5, ask: 100.5), .timedOut(seat: 4), .message("hi"), .stop,
        ]
        for event in events {
            #expect(try JSONDecoder().decode(ClassEvent.self, from: JSONEncoder().encode(event)) == event)
        }
    }
}
