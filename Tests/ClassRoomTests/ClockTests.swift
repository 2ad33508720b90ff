import Testing

@testable import ClassRoom

/// What the clock makes due: the next call at once, a timeout at the deadline, the next round
/// after the break; nothing while paused, and the time paused is given back.
@Suite struct ClockTests {
    @Test func aTurnTimesOutAtItsDeadlineAndPauseGivesTheTimeBack() throws {
        var room = ClassRoom(code: "QX7", market: ClassHarness.binary())
        _ = try room.apply(.join(seat: 1, name: "A", tokenHash: "a"), now: 0)
        _ = try room.apply(.start(GameSetup(game: .trade, rounds: 2, seed: 1, seconds: 10, breakSeconds: 5)), now: 0)
        #expect(room.due(now: 0) == .call(seat: 1))
        _ = try room.apply(.call(seat: 1), now: 1)
        #expect(room.due(now: 10.9) == nil)
        #expect(room.due(now: 11) == .timedOut(seat: 1))
        _ = try room.apply(.pause, now: 4)
        #expect(room.due(now: 100) == nil, "nothing is due while paused")
        _ = try room.apply(.resume, now: 24)
        // 7 seconds were left at the pause: the deadline moves from 11 to 31.
        #expect(room.due(now: 30.9) == nil)
        #expect(room.due(now: 31) == .timedOut(seat: 1))
        _ = try room.apply(.timedOut(seat: 1), now: 31)
        #expect(room.due(now: 31) == .reveal)
        _ = try room.apply(.reveal, now: 31)
        #expect(room.due(now: 35.9) == nil)
        #expect(room.due(now: 36) == .next)
        _ = try room.apply(.next, now: 36)
        #expect(room.due(now: 36) == .call(seat: 1))
    }

    @Test func aStudentWhoLeftIsPlayedAtOnceAndTheLastNextEndsTheGame() throws {
        var room = ClassRoom(code: "QX7", market: ClassHarness.binary())
        _ = try room.apply(.join(seat: 1, name: "A", tokenHash: "a"), now: 0)
        _ = try room.apply(.start(GameSetup(game: .trade, rounds: 1, seed: 1, breakSeconds: 0)), now: 0)
        _ = try room.apply(.call(seat: 1), now: 0)
        _ = try room.apply(.leave(seat: 1), now: 1)
        #expect(room.due(now: 1) == .timedOut(seat: 1))
        let out = try room.apply(.timedOut(seat: 1), now: 1)
        #expect(out.contains { $0.to == .seat(1) && { if case .pnl(let a) = $0.frame { a.robot } else { false } }($0) })
        _ = try room.apply(.reveal, now: 1)
        #expect(room.due(now: 1000) == nil, "with no break the teacher moves on")
        let last = try room.apply(.next, now: 2)
        #expect(last.contains { $0.to == .everyone && $0.frame == .over })
        #expect(room.gameRunning == nil)
        #expect(throws: ClassRefusal.gameOver) { _ = try room.apply(.next, now: 3) }
    }

    @Test func stopAndNextWorkWhilePaused() throws {
        var room = ClassRoom(code: "QX7", market: ClassHarness.binary())
        _ = try room.apply(.join(seat: 1, name: "A", tokenHash: "a"), now: 0)
        _ = try room.apply(.start(GameSetup(game: .makers, rounds: 3, seed: 1)), now: 0)
        _ = try room.apply(.pause, now: 1)
        _ = try room.apply(.next, now: 2)
        #expect(!room.isPaused)
        _ = try room.apply(.pause, now: 3)
        let out = try room.apply(.stop, now: 4)
        #expect(out.contains { $0.to == .seat(1) && { if case .reveal = $0.frame { true } else { false } }($0) })
        #expect(room.gameRunning == nil)
    }

    @Test func aMakersRoomWhosePagesSleptWaitsForTheDeadline() throws {
        var room = ClassRoom(code: "QX7", market: ClassHarness.binary())
        _ = try room.apply(.join(seat: 1, name: "A", tokenHash: "a"), now: 0)
        _ = try room.apply(.start(GameSetup(game: .makers, rounds: 3, seed: 1, seconds: 10)), now: 0)
        _ = try room.apply(.leave(seat: 1), now: 1)
        #expect(room.due(now: 9.9) == nil)
        #expect(room.due(now: 10) == .timedOut(seat: 1))
        _ = try room.apply(.timedOut(seat: 1), now: 10)
        #expect(room.due(now: 10) == nil, "the next round has its own deadline")
        #expect(room.due(now: 20) == .timedOut(seat: 1))
    }
}
