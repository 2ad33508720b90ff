import ShellKit
import Testing

@testable import ClassRoom

/// The log replayed through a new room gives the same frames and the same state.
@Suite struct ReplayTests {
    /// Replays `log` into a fresh room under `market`: every frame, in order.
    func replay(_ log: [(ClassEvent, Double)], market: any ModelMarket) throws -> (ClassRoom, [Outbound]) {
        var room = ClassRoom(code: "QX7", market: market)
        var frames: [Outbound] = []
        for (event, now) in log { frames += try room.apply(event, now: now) }
        return (room, frames)
    }

    func expectSame(_ d: Driver, _ replayed: (ClassRoom, [Outbound])) {
        #expect(replayed.1 == d.frames)
        for view in ConsoleView.allCases { #expect(replayed.0.console(view) == d.room.console(view)) }
        #expect(replayed.0.grades() == d.room.grades())
        #expect(replayed.0.tradeRows() == d.room.tradeRows())
        #expect(replayed.0.due(now: d.now + 100) == d.room.due(now: d.now + 100))
    }

    @Test func aTradeGameWithEveryKindOfEvent() throws {
        var d = Driver(ClassHarness.normal())
        try d.seat(5)
        try d.apply(.start(GameSetup(game: .trade, rounds: 4, seed: 21, seconds: 5, breakSeconds: 3)))
        try d.apply(.leave(seat: 2))
        var turn = 0
        while d.room.gameRunning != nil {
            turn += 1
            if turn == 3 { try d.apply(.pause); d.wait(30); try d.apply(.resume) }
            if turn == 5 { try d.apply(.rejoin(seat: 2, tokenHash: "t2")) }
            if turn == 6 { try d.apply(.join(seat: 6, name: "Late", tokenHash: "t6")) }
            if turn == 8 { try d.apply(.kick(seat: 4)) }
            if turn == 9 { try d.apply(.message("one more round")) }
            if let seat = d.called {
                switch turn % 3 {
                case 0: try d.apply(.order(seat: seat, side: .buy))
                case 1: try d.apply(.pass(seat: seat))
                default: d.wait(6)
                }
            } else {
                d.wait(4)
            }
            #expect(turn < 200)
        }
        #expect(d.log.count > 40)
        expectSame(d, try replay(d.log, market: ClassHarness.normal()))
    }

    @Test func aMakersGameAndThenATradeGame() throws {
        var d = Driver(ClassHarness.binary())
        try d.seat(3)
        try d.apply(.start(GameSetup(game: .makers, rounds: 5, seed: 4, seconds: 10)))
        for round in 1...5 {
            try d.apply(.quote(seat: 1, bid: 101, ask: 103))
            if round % 2 == 0 { try d.apply(.quote(seat: 2, bid: 101.5, ask: 102.5)) }
            d.wait(10)  // seats 3 (and 2 on odd rounds) time out: the robot quotes
        }
        #expect(d.room.gameRunning == nil)
        try d.apply(.start(GameSetup(game: .trade, rounds: 2, seed: 4, breakSeconds: 0)))
        while d.room.gameRunning != nil {
            if let seat = d.called { try d.apply(.order(seat: seat, side: .sell)) } else { try d.apply(.next) }
        }
        expectSame(d, try replay(d.log, market: ClassHarness.binary()))
    }
}
