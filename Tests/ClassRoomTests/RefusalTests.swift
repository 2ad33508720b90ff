import ShellKit
import Testing

@testable import ClassRoom

/// Every refusal names what is wrong in one line and leaves the room as it was: the same script
/// with and without the refused event gives the same frames afterwards and the same screens.
@Suite struct RefusalTests {
    typealias Step = (inout Driver) throws -> Void

    /// Runs `before`, then the event `refused` picks (which must be refused with `code`), then
    /// `after`; and the same without it: both give the same frames after it and the same console.
    func check(
        _ code: ClassRefusal.Code, market: @autoclosure () -> any ModelMarket = ClassHarness.binary(),
        before: Step, refused: (Driver) -> ClassEvent, after: Step
    ) throws {
        var a = Driver(market())
        var b = Driver(market())
        try before(&a)
        try before(&b)
        let event = refused(a)
        let refusal = #expect(throws: ClassRefusal.self) { try a.apply(event) }
        #expect(refusal?.code == code, "\(event): \(refusal?.text ?? "not refused")")
        #expect(refusal.map { !$0.text.isEmpty && !$0.text.contains("\n") } ?? false)
        let (ma, mb) = (a.frames.count, b.frames.count)
        try after(&a)
        try after(&b)
        #expect(a.frames.count > ma, "the script after the refusal did something")
        #expect(Array(a.frames.dropFirst(ma)) == Array(b.frames.dropFirst(mb)))
        for view in ConsoleView.allCases { #expect(a.room.console(view) == b.room.console(view)) }
        #expect(a.room.grades() == b.room.grades())
        #expect(a.room.tradeRows() == b.room.tradeRows())
    }

    func tradeStarted(_ d: inout Driver) throws {
        try d.seat(3)
        try d.apply(.start(GameSetup(game: .trade, rounds: 2, seed: 9, breakSeconds: 0)))
    }

    func makersStarted(_ d: inout Driver) throws {
        try d.seat(2)
        try d.apply(.start(GameSetup(game: .makers, rounds: 3, seed: 9)))
    }

    /// Plays the rest of a trade game: orders for whoever is called, then next.
    func playTrade(_ d: inout Driver) throws {
        for _ in 0..<3 {
            while let seat = d.called { try d.apply(.order(seat: seat, side: seat % 2 == 0 ? .buy : .sell)) }
            if d.room.gameRunning != nil { try d.apply(.next) }
        }
    }

    func playMakers(_ d: inout Driver) throws {
        for _ in 0..<3 where d.room.gameRunning != nil {
            try d.apply(.quote(seat: 1, bid: 101, ask: 103))
            try d.apply(.quote(seat: 2, bid: 101.5, ask: 102.5))
        }
    }

    /// A seat in the round that is not being called.
    func notCalled(_ d: Driver) -> Int { [1, 2, 3].first { $0 != d.called } ?? 0 }

    @Test func outOfTurn() throws {
        try check(.notYourTurn, before: tradeStarted, refused: { .order(seat: notCalled($0), side: .buy) }, after: playTrade)
        try check(.notYourTurn, before: tradeStarted, refused: { .pass(seat: notCalled($0)) }, after: playTrade)
        try check(.notYourTurn, before: tradeStarted, refused: { .call(seat: notCalled($0)) }, after: playTrade)
    }

    @Test func twice() throws {
        var acted = 0
        try check(
            .alreadyActed,
            before: { d in
                try tradeStarted(&d)
                acted = d.called ?? 0
                try d.apply(.order(seat: acted, side: .sell))
            }, refused: { _ in .order(seat: acted, side: .buy) }, after: playTrade)
        try check(
            .alreadyActed, before: { d in try makersStarted(&d); try d.apply(.quote(seat: 1, bid: 100, ask: 104)) },
            refused: { _ in .quote(seat: 1, bid: 101, ask: 103) }, after: { d in
                try d.apply(.quote(seat: 2, bid: 101.5, ask: 102.5))
                try playMakers(&d)
            })
    }

    @Test func unknownSeat() throws {
        try check(.unknownSeat, before: tradeStarted, refused: { _ in .order(seat: 42, side: .buy) }, after: playTrade)
        try check(.unknownSeat, before: tradeStarted, refused: { _ in .leave(seat: 42) }, after: playTrade)
        try check(.unknownSeat, before: makersStarted, refused: { _ in .quote(seat: 42, bid: 1, ask: 2) }, after: playMakers)
    }

    @Test func crossedAndOutOfRangeQuotes() throws {
        try check(.crossedQuote, before: makersStarted, refused: { _ in .quote(seat: 1, bid: 103, ask: 101) }, after: playMakers)
        try check(.crossedQuote, before: makersStarted, refused: { _ in .quote(seat: 1, bid: 102, ask: 102) }, after: playMakers)
        // The binary model's band is V_L − 10·ΔV to V_H + 10·ΔV = 60 to 144.
        try check(.quoteOutOfRange, before: makersStarted, refused: { _ in .quote(seat: 1, bid: 50, ask: 102) }, after: playMakers)
        try check(.quoteOutOfRange, before: makersStarted, refused: { _ in .quote(seat: 1, bid: .nan, ask: 102) }, after: playMakers)
        // An ask below V_L sells below every value the model has.
        try check(.quoteOutOfRange, before: makersStarted, refused: { _ in .quote(seat: 1, bid: 90, ask: 99) }, after: playMakers)
    }

    @Test func theWrongGamesMoves() throws {
        try check(.wrongGame, before: tradeStarted, refused: { _ in .quote(seat: 1, bid: 101, ask: 103) }, after: playTrade)
        try check(.wrongGame, before: makersStarted, refused: { _ in .order(seat: 1, side: .buy) }, after: playMakers)
    }

    @Test func whilePaused() throws {
        try check(
            .paused, before: { d in try tradeStarted(&d); try d.apply(.pause) },
            refused: { d in .order(seat: d.called ?? 0, side: .buy) },
            after: { d in try d.apply(.resume); try playTrade(&d) })
    }

    @Test func theTeachersMistakes() throws {
        try check(
            .gameRunning, before: tradeStarted, refused: { _ in .start(GameSetup(game: .makers, rounds: 2, seed: 1)) },
            after: playTrade)
        try check(.badSetup, before: { try $0.seat(2) }, refused: { _ in .start(GameSetup(game: .trade, rounds: 0, seed: 1)) }, after: tradeStartedAndPlayed)
        try check(.badSetup, before: { try $0.seat(2) }, refused: { _ in .start(GameSetup(game: .trade, seconds: 1)) }, after: tradeStartedAndPlayed)
        try check(.badSetup, before: { try $0.seat(2) }, refused: { _ in .start(GameSetup(game: .trade, penalty: -1)) }, after: tradeStartedAndPlayed)
        try check(
            .nobodyHere, before: { _ in }, refused: { _ in .start(GameSetup(game: .trade)) },
            after: { d in try d.seat(2); try tradeStartedAndPlayed(&d) })
        try check(.notPaused, before: tradeStarted, refused: { _ in .resume }, after: playTrade)
        try check(.noGame, before: { try $0.seat(2) }, refused: { _ in .pause }, after: tradeStartedAndPlayed)
        try check(.badMessage, before: tradeStarted, refused: { _ in .message(String(repeating: "x", count: 281)) }, after: playTrade)
        try check(.badMessage, before: tradeStarted, refused: { _ in .message("two\nlines") }, after: playTrade)
    }

    func tradeStartedAndPlayed(_ d: inout Driver) throws {
        try d.apply(.start(GameSetup(game: .trade, rounds: 2, seed: 9, breakSeconds: 0)))
        try playTrade(&d)
    }

    @Test func seatsAndNames() throws {
        try check(.seatTaken, before: tradeStarted, refused: { _ in .join(seat: 1, name: "Zoe", tokenHash: "z") }, after: playTrade)
        try check(.nameTaken, before: tradeStarted, refused: { _ in .join(seat: 9, name: "s1", tokenHash: "z") }, after: playTrade)
        try check(.badName, before: tradeStarted, refused: { _ in .join(seat: 9, name: "", tokenHash: "z") }, after: playTrade)
        try check(.badName, before: tradeStarted, refused: { _ in .join(seat: 9, name: "<script>", tokenHash: "z") }, after: playTrade)
        try check(.wrongToken, before: tradeStarted, refused: { _ in .rejoin(seat: 1, tokenHash: "t2") }, after: playTrade)
        try check(
            .kicked, before: { d in try tradeStarted(&d); try d.apply(.kick(seat: 3)) },
            refused: { _ in .rejoin(seat: 3, tokenHash: "t3") }, after: playTrade)
    }

    @Test func aModelWithoutTheGame() throws {
        try check(
            .notInModel, market: ClassHarness.market(.kyle, []), before: { try $0.seat(1) },
            refused: { _ in .start(GameSetup(game: .trade)) }, after: { try $0.apply(.join(seat: 2, name: "B", tokenHash: "b")) })
    }
}
