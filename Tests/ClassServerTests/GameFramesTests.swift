import ClassRoom
import Foundation
import HummingbirdTesting
import Testing

@testable import ClassServer

/// A whole seeded `trade` game over real WebSockets on loopback, four students playing from
/// their own connections: every frame each one receives is recorded, and none carries another
/// student's role or a round's value before that round's reveal (her own informed card excepted).
struct GameFramesTests {
    @Test func noRoleOrValueLeaksBeforeTheReveal() async throws {
        let hall = try ClassHall(code: "ABCD", market: HostMarket.open("binary"), log: nil)
        let application = HostApplication.make(hall: hall, bind: "127.0.0.1", port: 0)
        let clock = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(50))
                await hall.tick()
            }
        }
        defer { clock.cancel() }
        try await application.test(.live) { live in
            let client = ClassClient(host: "localhost", port: try #require(live.port))
            var students: [(seat: Int, token: String)] = []
            for name in ["Ada", "Bea", "Cy", "Dan"] {
                let joined = try await client.join(code: "ABCD", name: name)
                students.append((Int(joined.fields["seat"] ?? "") ?? 0, try #require(joined.fields["token"])))
            }
            let rounds = 2
            let records = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
                for student in students {
                    group.addTask {
                        let frames = try await client.play(
                            token: student.token,
                            answer: { frame in
                                // Called: buy when her seat is called (the market maker's ask is open).
                                let game = frame["frame"] as? [String: Any]
                                guard game?["type"] as? String == "called", game?["seat"] as? Int == student.seat else {
                                    return nil
                                }
                                return #"{"type":"order","side":"buy"}"#
                            },
                            done: { ($0["frame"] as? [String: Any])?["type"] as? String == "over" })
                        return (student.seat, frames)
                    }
                }
                // Every student is connected (her welcome sent) before the game starts.
                while await hall.openConnections < students.count { try await Task.sleep(for: .milliseconds(20)) }
                let started = await hall.apply(.start(GameSetup(game: .trade, rounds: rounds, seed: 7, seconds: 3, breakSeconds: 1)))
                #expect(!started.isEmpty)
                var all: [Int: [String]] = [:]
                for try await (seat, frames) in group { all[seat] = frames }
                return all
            }
            #expect(records.count == 4)
            for (seat, texts) in records {
                let frames = ClassClient.decoded(texts)
                let game = frames.compactMap { $0["frame"] as? [String: Any] }
                #expect(game.last?["type"] as? String == "over", "seat \(seat) saw the game to its end")
                let reveals = game.filter { $0["type"] as? String == "reveal" }
                #expect(reveals.count == rounds, "seat \(seat): one reveal a round")
                #expect(game.filter { $0["type"] as? String == "role" }.count == rounds, "seat \(seat): one role a round")
                for round in 1...rounds {
                    guard let revealAt = game.firstIndex(where: { $0["type"] as? String == "reveal" && $0["round"] as? Int == round })
                    else { continue }
                    for frame in game[..<revealAt] {
                        let type = frame["type"] as? String
                        if type == "role" {
                            // Her own card: the value only when she is informed.
                            #expect((frame["value"] != nil) == (frame["kind"] as? String == "informed"))
                        } else if frame["round"] as? Int == round {
                            #expect(frame["value"] == nil, "seat \(seat) got a value in \(frame) before the reveal")
                        }
                        // A seat number in a frame is hers, or the seat being called (public).
                        if let other = frame["seat"] as? Int, other != seat { #expect(type == "called") }
                    }
                }
                // Her own orders went through: at least one buy of hers in her account frames.
                #expect(game.contains { $0["type"] as? String == "pnl" && ($0["action"] as? String) == "buy" })
            }
        }
    }
}
