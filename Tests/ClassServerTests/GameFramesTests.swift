import ClassRoom
import Foundation
import HummingbirdTesting
import Testing

@testable import ClassServer

/// Whole seeded games over real WebSockets on loopback, each student playing from her own
/// connection: every frame each one receives is recorded and audited (`FrameAudit`): no other
/// student's role, no value before its reveal, no token, no path — in `trade`, in `makers`, and
/// for a student who reconnects in the middle of a game and is sent her history.
struct GameFramesTests {
    typealias Student = (seat: Int, token: String)

    static func join(_ names: [String], _ client: ClassClient) async throws -> [Student] {
        var students: [Student] = []
        for name in names {
            let joined = try await client.join(code: "ABCD", name: name)
            students.append((Int(joined.fields["seat"] ?? "") ?? 0, try #require(joined.fields["token"])))
        }
        return students
    }

    /// Her answer in `trade`: buy when her seat is called.
    static func buyWhenCalled(_ seat: Int) -> @Sendable ([String: Any]) -> String? {
        { frame in
            let game = frame["frame"] as? [String: Any]
            guard game?["type"] as? String == "called", game?["seat"] as? Int == seat else { return nil }
            return #"{"type":"order","side":"buy"}"#
        }
    }

    static func isGame(_ type: String) -> @Sendable ([String: Any]) -> Bool {
        { ($0["frame"] as? [String: Any])?["type"] as? String == type }
    }

    @Test func tradeNoRoleOrValueLeaksBeforeTheReveal() async throws {
        let hall = try ClassHall(code: "ABCD", market: HostMarket.open("binary"), log: nil)
        try await withLiveHall(hall) { client in
            let students = try await Self.join(["Ada", "Bea", "Cy", "Dan"], client)
            let rounds = 2
            let records = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
                for student in students {
                    group.addTask {
                        let frames = try await client.play(
                            token: student.token, answer: Self.buyWhenCalled(student.seat), done: Self.isGame("over"))
                        return (student.seat, frames)
                    }
                }
                // Every student is connected (her welcome sent) before the game starts.
                for _ in 0..<500 where await hall.openConnections < students.count { try await Task.sleep(for: .milliseconds(20)) }
                let started = await hall.apply(.start(GameSetup(game: .trade, rounds: rounds, seed: 7, seconds: 3, breakSeconds: 1)))
                #expect(!started.isEmpty)
                var all: [Int: [String]] = [:]
                for try await (seat, frames) in group { all[seat] = frames }
                return all
            }
            #expect(records.count == 4)
            for (seat, texts) in records {
                FrameAudit.check(texts, seat: seat, secrets: FrameAudit.secrets(students.map(\.token)))
                let game = FrameAudit.game(texts)
                #expect(game.last?["type"] as? String == "over", "seat \(seat) saw the game to its end")
                #expect(game.filter { $0["type"] as? String == "reveal" }.count == rounds, "seat \(seat): one reveal a round")
                #expect(game.filter { $0["type"] as? String == "role" }.count == rounds, "seat \(seat): one role a round")
                // Her own orders went through: at least one buy of hers in her account frames.
                #expect(game.contains { $0["type"] as? String == "pnl" && ($0["action"] as? String) == "buy" })
            }
        }
    }

    @Test func makersNoValueOrOtherQuotesLeak() async throws {
        let hall = try ClassHall(code: "ABCD", market: HostMarket.open("binary"), log: nil)
        try await withLiveHall(hall) { client in
            let students = try await Self.join(["Ada", "Bea", "Cy"], client)
            let rounds = 2
            let records = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
                for student in students {
                    // Each quotes her own prices (seat 1: 99|101, seat 2: 98.5|101.5, …), inside
                    // low 96 and high 104, at each call for quotes.
                    let half = 1 + 0.5 * Double(student.seat - 1)
                    group.addTask {
                        let frames = try await client.play(
                            token: student.token,
                            answer: { frame in
                                Self.isGame("quoting")(frame) ? #"{"type":"quote","bid":\#(100 - half),"ask":\#(100 + half)}"# : nil
                            },
                            done: Self.isGame("over"))
                        return (student.seat, frames)
                    }
                }
                for _ in 0..<500 where await hall.openConnections < students.count { try await Task.sleep(for: .milliseconds(20)) }
                #expect(!(await hall.apply(.start(GameSetup(game: .makers, rounds: rounds, seed: 7, seconds: 5)))).isEmpty)
                var all: [Int: [String]] = [:]
                for try await (seat, frames) in group { all[seat] = frames }
                return all
            }
            #expect(records.count == 3)
            for (seat, texts) in records {
                FrameAudit.check(texts, seat: seat, secrets: FrameAudit.secrets(students.map(\.token)))
                let game = FrameAudit.game(texts)
                #expect(game.last?["type"] as? String == "over", "seat \(seat) saw the game to its end")
                #expect(game.filter { $0["type"] as? String == "reveal" }.count == 1, "seat \(seat): one reveal, at the end")
                // Her own quotes come back to her; nobody else's do: the only quotes she is shown
                // are the best ones (seat 3's 98 bid is below seat 1's 99; its 102 ask above 101).
                let mine = [1: "99|101", 2: "98.5|101.5", 3: "98|102"][seat]
                let actions = game.filter { $0["type"] as? String == "pnl" }.compactMap { $0["action"] as? String }
                #expect(mine.map(actions.contains) == true, "seat \(seat): \(actions)")
                #expect(actions.allSatisfy { !$0.contains("|") || $0 == mine }, "seat \(seat) saw another's quotes: \(actions)")
                for quotes in game.filter({ $0["type"] as? String == "quotes" }) {
                    #expect((quotes["bid"] as? NSNumber)?.doubleValue == 99 && (quotes["ask"] as? NSNumber)?.doubleValue == 101)
                }
            }
        }
    }

    @Test func aReconnectingStudentGetsHerHistoryAndNothingMore() async throws {
        let hall = try ClassHall(code: "ABCD", market: HostMarket.open("binary"), log: nil)
        try await withLiveHall(hall) { client in
            let students = try await Self.join(["Ada", "Bea", "Cy"], client)
            let secrets = FrameAudit.secrets(students.map(\.token))
            let ada = students[0]
            let records = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
                for student in students.dropFirst() {
                    group.addTask {
                        (student.seat, try await client.play(token: student.token, answer: Self.buyWhenCalled(student.seat), done: Self.isGame("over")))
                    }
                }
                // Ada plays round 1, leaves at its reveal, and comes back on a new connection.
                group.addTask {
                    let first = try await client.play(token: ada.token, answer: Self.buyWhenCalled(ada.seat), done: Self.isGame("reveal"))
                    return (-1, first)
                }
                group.addTask {
                    for _ in 0..<500 where await hall.openConnections < students.count { try await Task.sleep(for: .milliseconds(20)) }
                    _ = await hall.apply(.start(GameSetup(game: .trade, rounds: 3, seed: 11, seconds: 3, breakSeconds: 1)))
                    return (0, [])
                }
                var all: [Int: [String]] = [:]
                while let (seat, frames) = try await group.next() {
                    all[seat] = frames
                    if seat == -1 {
                        group.addTask {
                            (ada.seat, try await client.play(token: ada.token, answer: Self.buyWhenCalled(ada.seat), done: Self.isGame("over")))
                        }
                    }
                }
                return all
            }
            let before = try #require(records[-1])
            let after = try #require(records[ada.seat])
            FrameAudit.check(before, seat: ada.seat, secrets: secrets)
            FrameAudit.check(after, seat: ada.seat, secrets: secrets)
            for student in students.dropFirst() {
                FrameAudit.check(try #require(records[student.seat]), seat: student.seat, secrets: secrets)
            }
            // Her second connection opens with her seat, then her history: what the first one got,
            // in the same order (less its server welcome), before anything new.
            #expect(ClassClient.decoded(after).first?["type"] as? String == "welcome")
            let history = Array(before.dropFirst())
            #expect(Array(after.dropFirst().prefix(history.count)) == history)
            let game = FrameAudit.game(after)
            #expect(game.last?["type"] as? String == "over")
            #expect(game.filter { $0["type"] as? String == "reveal" }.map { $0["round"] as? Int } == [1, 2, 3])
        }
    }
}
