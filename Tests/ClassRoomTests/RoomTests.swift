import ShellKit
import Testing

@testable import ClassRoom

/// The room around the games: the projected Bayes step, a student who comes back, a student removed.
@Suite struct RoomTests {
    @Test func theTeachersScreenShowsTheModelsOwnBayesStep() throws {
        var d = Driver(ClassHarness.binary())
        try d.seat(2)
        try d.apply(.start(GameSetup(game: .trade, rounds: 1, seed: 7)))
        let seat = try #require(d.called)
        let out = try d.apply(.order(seat: seat, side: .buy))
        // What `buy` prints on the same market, less the model's hidden line (its own truth).
        var market = ClassHarness.binary()
        let printed = try market.execute(.order(.buy), context: ClassHarness.context).lines
        let expected = printed.filter { !$0.spans.contains { $0.tone == .hidden } }.map(\.plain)
        #expect(expected.count >= 5 && printed.count > expected.count)
        let shown: [String] = out.filter { $0.to == .teacher }.flatMap { o -> [String] in
            if case .console(let l) = o.frame { return l }
            return []
        }
        #expect(shown.first == "1. S\(seat) buys at the ask 102.6000")
        #expect(Array(shown.dropFirst().prefix(expected.count)) == expected)
        #expect(shown.last?.hasPrefix("calling ") == true, "then the next student is called")
    }

    @Test func aStudentWhoComesBackFindsHerCardHerTurnAndHerAccount() throws {
        var d = Driver(ClassHarness.binary())
        try d.seat(3)
        try d.apply(.start(GameSetup(game: .trade, rounds: 2, seed: 7)))
        let first = try #require(d.called)
        try d.apply(.order(seat: first, side: .sell))
        let second = try #require(d.called)
        let card = d.received(by: second).compactMap { if case .role(let c) = $0 { c } else { nil } }.last
        d.now += 1
        let back = try d.apply(.rejoin(seat: second, tokenHash: "t\(second)")).filter { $0.to == .seat(second) }.map(\.frame)
        #expect(back.count == 4)
        guard case .welcome(let w) = back.first else { throw RoomError.missing("welcome") }
        #expect(w.seat == second && w.game == .trade && w.round == 1 && w.rounds == 2)
        #expect(back.contains(.role(try #require(card))))
        #expect(back.contains { if case .quotes(let q) = $0 { q.round == 1 } else { false } })
        #expect(back.contains { if case .called(let s, _) = $0 { s == second } else { false } })
        // The first, who has played, gets her account back too.
        let again = try d.apply(.rejoin(seat: first, tokenHash: "t\(first)")).filter { $0.to == .seat(first) }.map(\.frame)
        #expect(again.contains { if case .pnl(let a) = $0 { a.action == "sell" && a.position == -1 } else { false } })
    }

    @Test func aRemovedStudentIsNoLongerCalledAndPaysNoPenalty() throws {
        var d = Driver(ClassHarness.binary())
        try d.seat(3)
        try d.apply(.start(GameSetup(game: .trade, rounds: 2, seed: 7, breakSeconds: 0)))
        let called = try #require(d.called)
        try d.apply(.kick(seat: called))
        #expect(d.called != called && d.called != nil)
        while let seat = d.called { try d.apply(.pass(seat: seat)) }
        let result = try #require(d.tradeRound?.results?.first { $0.seat == called })
        #expect(result.action == nil && result.penalty == 0)
        try d.apply(.next)
        #expect(d.tradeRound?.roles[called] == nil, "not dealt a role again")
        #expect(d.room.roster.active.count == 2)
    }
}

extension RoomTests {
    @Test func aClassUnderAModelAsTheTeacherSetIt() throws {
        let room = try ClassRoom(code: "QX7", model: .binary, seed: 1, settings: [("low", 100), ("high", 104), ("mu", 0.3)])
        var d = Driver(ClassHarness.binary())
        d.room = room
        try d.seat(1)
        try d.apply(.start(GameSetup(game: .trade, rounds: 1, seed: 1)))
        // θ = ½ by default: the opening ask is 102 + μ·ΔV/2 = 102.6.
        #expect(abs((d.tradeRound?.quotes.ask ?? 0) - 102.6) < 1e-9)
        let refusal = #expect(throws: ClassRefusal.self) {
            _ = try ClassRoom(code: "QX7", model: .binary, seed: 1, settings: [("mu", 1.5)])
        }
        #expect(refusal?.code == .badSetup && refusal?.text.contains("mu") == true)
    }
}

enum RoomError: Error { case missing(String) }
