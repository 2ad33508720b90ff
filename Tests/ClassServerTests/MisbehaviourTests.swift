import ClassRoom
import Foundation
import Testing

@testable import ClassServer

/// A student who misbehaves during a `trade` round, over real WebSockets on loopback: a
/// malformed frame, an unknown type, an oversized frame, an order out of turn, an order twice,
/// and a flood from a second page. Each gets one error frame; the others play on unaffected.
struct MisbehaviourTests {
    static let outOfTurn = ["it is not your turn", "you have already played"]

    @Test func eachBadFrameGetsOneErrorAndTheOthersPlayOn() async throws {
        let hall = try ClassHall(code: "ABCD", market: HostMarket.open("binary"), log: nil)
        try await withLiveHall(hall) { client in
            let students = try await GameFramesTests.join(["Ada", "Bea", "Cy"], client)
            let (ada, bea, cy) = (students[0], students[1], students[2])
            let oversized = #"{"type":"echo","text":""# + String(repeating: "x", count: 3000) + #""}"#
            let over = GameFramesTests.isGame("over")
            let records = try await withThrowingTaskGroup(of: (String, [String]).self) { group in
                // Ada trades when called; Cy never answers (the robot plays for her after 2 s).
                group.addTask { ("Ada", try await client.play(token: ada.token, answer: GameFramesTests.buyWhenCalled(ada.seat), done: over)) }
                group.addTask { ("Cy", try await client.play(token: cy.token, answer: { _ in nil }, done: over)) }
                group.addTask {
                    let frames = try await client.play(
                        token: bea.token,
                        replies: { frame in
                            let game = frame["frame"] as? [String: Any]
                            switch (game?["type"] as? String, game?["seat"] as? Int) {
                            case (.some("role"), _): return ["{nope", #"{"type":"shout"}"#, oversized]
                            // While Cy is called (2 s), an order out of turn.
                            case (.some("called"), .some(cy.seat)): return [#"{"type":"order","side":"sell"}"#]
                            // Called herself: an order, then the same again.
                            case (.some("called"), .some(bea.seat)): return [#"{"type":"order","side":"buy"}"#, #"{"type":"order","side":"buy"}"#]
                            default: return []
                            }
                        }, done: over)
                    return ("Bea", frames)
                }
                for _ in 0..<500 where await hall.openConnections < 3 { try await Task.sleep(for: .milliseconds(20)) }
                #expect(!(await hall.apply(.start(GameSetup(game: .trade, rounds: 1, seed: 7, seconds: 2, breakSeconds: 1)))).isEmpty)
                // A second page of Bea's floods: 40 frames at once.
                group.addTask {
                    let echoes = (1...40).map { #"{"type":"echo","text":"\#($0)"}"# }
                    let frames = try await client.play(
                        token: bea.token, replies: { $0["type"] as? String == "welcome" ? echoes : [] }, done: over)
                    return ("flood", frames)
                }
                var all: [String: [String]] = [:]
                for try await (name, frames) in group { all[name] = frames }
                return all
            }
            let secrets = FrameAudit.secrets(students.map(\.token))
            for (name, seat) in [("Ada", ada.seat), ("Bea", bea.seat), ("Cy", cy.seat), ("flood", bea.seat)] {
                FrameAudit.check(try #require(records[name]), seat: seat, secrets: secrets)
            }
            // Bea: one error frame for each bad frame, in the order she sent them.
            let beas = ClassClient.decoded(try #require(records["Bea"]))
            let errors = beas.filter { $0["type"] as? String == "error" }.compactMap { $0["message"] as? String }
            try #require(errors.count == 5, "\(errors)")
            #expect(errors[0] == HostText.line(.malformedFrame))
            #expect(errors[1] == HostText.line(.unknownFrameType("shout")))
            #expect(errors[2] == HostText.line(.oversizedFrame(oversized.utf8.count)))
            #expect(errors[3...].allSatisfy { error in Self.outOfTurn.contains { error.hasPrefix($0) } }, "\(errors)")
            #expect(errors.contains { $0.hasPrefix("you have already played") })
            // Her one good order went through.
            let beaGame = FrameAudit.game(try #require(records["Bea"]))
            #expect(beaGame.filter { $0["type"] as? String == "pnl" }.compactMap { $0["action"] as? String } == ["buy"])
            // The flood: some echoes (at most the burst and what refilled while it lasted), one
            // error, the rest dropped without a word.
            let flood = ClassClient.decoded(try #require(records["flood"]))
            #expect(flood.filter { $0["type"] as? String == "error" }.compactMap { $0["message"] as? String } == [HostText.line(.flood)])
            let echoes = flood.filter { $0["type"] as? String == "echo" }.count
            #expect(echoes >= Int(FrameBudget.burst) && echoes < 30, "\(echoes) echoes of 40")
            // The others: no error, their turns as they played them, three lines on the tape.
            for (name, robot) in [("Ada", false), ("Cy", true)] {
                let texts = try #require(records[name])
                #expect(ClassClient.decoded(texts).allSatisfy { $0["type"] as? String != "error" }, "\(name) got an error")
                let game = FrameAudit.game(texts)
                #expect(game.filter { $0["type"] as? String == "pnl" }.map { $0["robot"] as? Bool } == [robot], "\(name)")
                #expect(game.filter { $0["type"] as? String == "tape" }.compactMap { $0["sequence"] as? Int } == [1, 2, 3], "\(name)")
                #expect(game.contains { $0["type"] as? String == "reveal" } && game.last?["type"] as? String == "over", "\(name)")
            }
        }
    }
}
