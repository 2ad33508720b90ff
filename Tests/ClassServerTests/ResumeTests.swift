import Foundation
import ShellKit
import Testing

/// The real `glosten-host` killed with SIGKILL in the middle of a `trade` round, after two orders
/// were acknowledged, then started again with `--resume`: the students come back with their
/// tokens to their seats and their history (role, their acknowledged orders), the student who
/// was being called is still called and trades, and the round is revealed with P&L that match
/// what was acknowledged before the kill.
struct ResumeTests {
    /// Who orders: the first `allowed` students called do; the next is kept waiting (called,
    /// connected, silent).
    final class Turns: @unchecked Sendable {
        private let lock = NSLock()
        private let allowed: Int
        private var orders = 0
        private var waiting: Int?

        init(allowed: Int) { self.allowed = allowed }

        /// Whether `seat`, called, orders now.
        func mayOrder(_ seat: Int) -> Bool {
            lock.withLock {
                guard orders < allowed else {
                    waiting = seat
                    return false
                }
                orders += 1
                return true
            }
        }
        var held: Int? { lock.withLock { waiting } }
    }

    static func game(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["frame"] as? [String: Any]
    }

    static func number(_ field: Any?) -> Double? { (field as? NSNumber)?.doubleValue }

    @Test func killedMidRoundAndResumedNothingAcknowledgedIsLost() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("glosten-\(UUID().uuidString)-kill.sqlite").path
        let first = try HostChild.start(["--bind", "127.0.0.1", "--port", "0", "--db", path])
        let opened = try first.readEvent()
        let code = try #require(opened["code"])
        let client = ClassClient(host: "127.0.0.1", port: try #require(Int(opened["port"] ?? "")))
        var students: [(seat: Int, token: String)] = []
        for name in ["Ada", "Bea", "Cy"] {
            let joined = try await client.join(code: code, name: name)
            students.append((try #require(Int(joined.fields["seat"] ?? "")), try #require(joined.fields["token"])))
        }
        let turns = Turns(allowed: 2)
        let sessions = students.map { student in
            Task {
                // The two who order end their session at their own P&L (acknowledged); the third
                // stays connected until the server dies under her.
                (try? await client.play(
                    token: student.token, seconds: 30,
                    answer: { frame in
                        let game = frame["frame"] as? [String: Any]
                        guard game?["type"] as? String == "called", game?["seat"] as? Int == student.seat,
                            turns.mayOrder(student.seat)
                        else { return nil }
                        return #"{"type":"order","side":"buy"}"#
                    },
                    done: { ($0["frame"] as? [String: Any])?["type"] as? String == "pnl" })) ?? []
            }
        }
        let started = try first.console(.start(game: "trade", rounds: 1, seed: 7))
        #expect(started.contains("trade"), "\(started)")
        // What each student who ordered was told before the kill: her account after her order.
        for _ in 0..<400 where turns.held == nil { try await Task.sleep(for: .milliseconds(50)) }
        let held = try #require(turns.held, "the third student was called")
        var acknowledged: [Int: [String: Any]] = [:]
        for (student, session) in zip(students, sessions) where student.seat != held {
            let frames = await session.value
            if let pnl = frames.compactMap(Self.game).last(where: { $0["type"] as? String == "pnl" }) {
                acknowledged[student.seat] = pnl
            }
        }
        try #require(acknowledged.count == 2, "two orders were acknowledged before the kill")
        first.kill()
        for session in sessions { _ = await session.value }

        let second = try HostChild.start(["--bind", "127.0.0.1", "--port", "0", "--resume", path])
        defer { second.kill() }
        let reopened = try second.readEvent()
        #expect(reopened["code"] == code)
        let again = ClassClient(host: "127.0.0.1", port: try #require(Int(reopened["port"] ?? "")))
        let after = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
            for student in students {
                group.addTask {
                    let answered = Turns(allowed: 1)
                    let frames = try await again.play(
                        token: student.token, seconds: 30,
                        answer: { frame in
                            // Only the held student is still to trade; she answers her call once.
                            let game = frame["frame"] as? [String: Any]
                            guard student.seat == held, game?["type"] as? String == "called", game?["seat"] as? Int == held,
                                answered.mayOrder(held)
                            else { return nil }
                            return #"{"type":"order","side":"sell"}"#
                        },
                        done: { ($0["frame"] as? [String: Any])?["type"] as? String == "reveal" })
                    return (student.seat, frames)
                }
            }
            var all: [Int: [String]] = [:]
            for try await (seat, frames) in group { all[seat] = frames }
            return all
        }
        for student in students {
            let texts = try #require(after[student.seat])
            let frames = ClassClient.decoded(texts)
            // Her seat, by her token.
            #expect(frames.first?["type"] as? String == "welcome" && frames.first?["seat"] as? Int == student.seat)
            let game = texts.compactMap(Self.game)
            #expect(game.contains { $0["type"] as? String == "role" && $0["round"] as? Int == 1 }, "seat \(student.seat): her role")
            let reveal = try #require(game.last { $0["type"] as? String == "reveal" }, "seat \(student.seat): the round went on")
            let value = try #require(Self.number(reveal["value"]))
            let pnl = try #require(game.last { $0["type"] as? String == "pnl" }, "seat \(student.seat): her order")
            if let before = acknowledged[student.seat] {
                // The acknowledged order is in her history, as it was told her before the kill.
                #expect(pnl["action"] as? String == "buy" && pnl["robot"] as? Bool == false)
                #expect(Self.number(pnl["cash"]) == Self.number(before["cash"]))
                #expect(Self.number(pnl["position"]) == 1)
            } else {
                #expect(student.seat == held)
                #expect(pnl["action"] as? String == "sell" && pnl["robot"] as? Bool == false, "the held student traded herself")
            }
            // Her trading profit at the reveal is her position at the value plus her cash: a buy at
            // the ask earns value − ask, a sell at the bid earns bid − value.
            let position = try #require(Self.number(pnl["position"]))
            let cash = try #require(Self.number(pnl["cash"]))
            let profit = try #require(Self.number(reveal["profit"]))
            #expect(abs(profit - (position * value + cash)) < 1e-9, "seat \(student.seat): \(profit) vs \(position) × \(value) + \(cash)")
            // Three orders on the tape: two before the kill and the held student's after it.
            let tape = game.filter { $0["type"] as? String == "tape" }.compactMap { $0["sequence"] as? Int }
            #expect(Set(tape) == [1, 2, 3], "seat \(student.seat): tape \(tape)")
        }
    }
}
