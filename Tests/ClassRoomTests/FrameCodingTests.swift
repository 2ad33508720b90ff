import Foundation
import ShellKit
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

/// The log's lines, pinned: each written out by hand from the format (`ClassEventCoding.swift`),
/// decoded to the event, and the event encoded back to the same object.
@Suite struct EventFormatTests {
    static let lines: [(String, ClassEvent)] = [
        (#"{"type":"join","seat":1,"name":"Ada","token_hash":"9f2c"}"#, .join(seat: 1, name: "Ada", tokenHash: "9f2c")),
        (#"{"type":"leave","seat":2}"#, .leave(seat: 2)),
        (#"{"type":"rejoin","seat":2,"token_hash":"77e1"}"#, .rejoin(seat: 2, tokenHash: "77e1")),
        (
            #"{"type":"start","game":"trade","rounds":5,"seed":7,"seconds":10,"break_seconds":0,"penalty":2.5,"market":{"model":"normal","settings":[{"name":"mu","value":0.5}]}}"#,
            .start(
                GameSetup(
                    game: .trade, rounds: 5, seed: 7, seconds: 10, breakSeconds: 0, penalty: 2.5,
                    market: ClassMarket(model: "normal", settings: [.init(name: "mu", value: 0.5)])))
        ),
        (
            #"{"type":"start","game":"makers","rounds":3,"seed":9,"seconds":20,"break_seconds":8}"#,
            .start(GameSetup(game: .makers, rounds: 3, seed: 9, seconds: 20, breakSeconds: 8))
        ),
        (#"{"type":"call","seat":3}"#, .call(seat: 3)),
        (#"{"type":"order","seat":3,"side":"buy"}"#, .order(seat: 3, side: .buy)),
        (#"{"type":"pass","seat":4}"#, .pass(seat: 4)),
        (#"{"type":"quote","seat":2,"bid":99.5,"ask":100.5}"#, .quote(seat: 2, bid: 99.5, ask: 100.5)),
        (#"{"type":"timed_out","seat":4}"#, .timedOut(seat: 4)),
        (#"{"type":"pause"}"#, .pause),
        (#"{"type":"resume"}"#, .resume),
        (#"{"type":"next"}"#, .next),
        (#"{"type":"reveal"}"#, .reveal),
        (#"{"type":"stop"}"#, .stop),
        (#"{"type":"kick","seat":5}"#, .kick(seat: 5)),
        (#"{"type":"message","text":"one more round"}"#, .message("one more round")),
    ]

    @Test func everyCaseHasAPinnedLine() {
        let tags = Set(Self.lines.map(\.1.tag))
        #expect(tags.count == 16, "a case of ClassEvent without a pinned line")
    }

    @Test(arguments: lines.indices)
    func aRecordedLineDecodesAndEncodesBack(index: Int) throws {
        let (line, event) = Self.lines[index]
        #expect(try JSONDecoder().decode(ClassEvent.self, from: Data(line.utf8)) == event)
        let encoded = try JSONEncoder().encode(event)
        let again = try #require(try JSONSerialization.jsonObject(with: encoded) as? NSDictionary)
        let pinned = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary)
        #expect(again == pinned, "\(String(decoding: encoded, as: UTF8.self))")
    }

    @Test func noKeyIsSwiftsPositionalName() throws {
        for (_, event) in Self.lines {
            let text = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
            #expect(!text.contains("_0") && !text.contains("tokenHash") && !text.contains("breakSeconds"), "\(text)")
        }
    }

    @Test func theRevealsKeysAreSnakeCase() throws {
        let reveal = ServerFrame.reveal(
            Reveal(
                round: 1, value: 104, profit: 1, penalty: 0, score: 1, informedTotal: 2, uninformedTotal: -1,
                penaltiesTotal: 0, marketMakerProfit: -1))
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(reveal)) as? [String: Any])
        #expect(Set(object.keys) == [
            "type", "round", "value", "profit", "penalty", "score", "informed_total", "uninformed_total", "penalties_total",
            "market_maker_profit",
        ])
    }
}
