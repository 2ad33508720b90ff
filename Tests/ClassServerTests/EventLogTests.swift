import Foundation
import Testing

@testable import ClassServer

/// The SQLite log: WAL mode, records back in order, a hall rebuilt from it; and the real
/// `glosten-host` killed with SIGKILL after acknowledging a join, then resumed, with the seat kept.
struct EventLogTests {
    func temporaryFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("glosten-\(UUID().uuidString)-\(name)").path
    }

    @Test func recordsComeBackInOrderInWALMode() throws {
        let path = temporaryFile("log.sqlite")
        let log = try EventLog(path: path)
        #expect(try log.journalMode() == "wal")
        let seat = Seat(number: 1, name: "Ada", tokenHash: SessionToken.digest("t1"))
        try log.append(.opened(code: "ABCD"))
        try log.append(.joined(seat))
        #expect(try EventLog(path: path).records() == [.opened(code: "ABCD"), .joined(seat)])
    }

    @Test func aHallResumedFromItsLogKnowsItsCodeAndSeats() async throws {
        let path = temporaryFile("hall.sqlite")
        let hall = try ClassHall(code: "WXYZ", market: HostMarket.open("binary"), log: EventLog(path: path))
        let (ada, token) = try await hall.join(code: "WXYZ", name: "Ada")
        let resumed = try ClassHall(resuming: EventLog(path: path), market: HostMarket.open("binary"))
        #expect(resumed.code == "WXYZ")
        #expect(await resumed.knows(token: token))
        #expect(await !resumed.knows(token: String(token.reversed())))
        #expect(await resumed.seats.taken == [ada])
        // A join refused is not logged: the resumed roster has Ada only.
        await #expect(throws: HostRefusal.wrongCode) { try await hall.join(code: "AAAA", name: "Bob") }
        // Opened, Ada's seat with her token's digest, the engine's join: three records, nothing of Bob.
        #expect(try EventLog(path: path).records().count == 3)
    }

    @Test func killedAfterAnAcknowledgedJoinAndResumedTheSeatIsKept() async throws {
        let path = temporaryFile("killed.sqlite")
        let first = try HostChild.start(["--bind", "127.0.0.1", "--port", "0", "--db", path])
        let opened = try first.readEvent()
        let client = ClassClient(host: "127.0.0.1", port: try #require(Int(opened["port"] ?? "")))
        let joined = try await client.join(code: try #require(opened["code"]), name: "Ada")
        let token = try #require(joined.fields["token"])
        first.kill()  // SIGKILL: no chance to flush anything after the acknowledgement

        let second = try HostChild.start(["--bind", "127.0.0.1", "--port", "0", "--resume", path])
        defer { second.kill() }
        let reopened = try second.readEvent()
        #expect(reopened["code"] == opened["code"])
        let again = ClassClient(host: "127.0.0.1", port: try #require(Int(reopened["port"] ?? "")))
        let frames = try await again.session(token: token, send: [], receive: 1)
        #expect(frames.first?["type"] as? String == "welcome" && frames.first?["name"] as? String == "Ada")
    }
}
