import Testing

@testable import ClassRoom

/// The trade game's numbers, against the model's hand check (V = 100/104, θ = ½, μ = 0.3, γ = ½:
/// bid 101.4, ask 102.6; after a buy P(V = 104) = 0.65, bid 102.0, ask 100 + 4·0.4225/0.545).
@Suite struct TradeGameTests {
    /// The reveal frame a seat received for a round.
    func reveal(_ d: Driver, seat: Int, round: Int) -> Reveal? {
        d.received(by: seat).lazy.compactMap { frame -> Reveal? in
            if case .reveal(let r) = frame, r.round == round { return r }
            return nil
        }.first
    }

    @Test func ordersMeetTheModelsQuotesAndBayesMovesThem() throws {
        var d = Driver(ClassHarness.binary())
        try d.seat(2)
        try d.apply(.start(GameSetup(game: .trade, rounds: 1, seed: 7)))
        let first = try #require(d.called)
        let out = try d.apply(.order(seat: first, side: .buy))
        let quotes = out.compactMap { o -> PostedQuotes? in
            if case .quotes(let q) = o.frame { return q }
            return nil
        }
        // After one buy: P(V = 104) = 0.65, so E[V | sell] = 100 + 4·0.65·0.35/(0.65·0.35 + 0.35·0.65) = 102,
        // and E[V | buy] = 100 + 4·0.4225/(0.4225 + 0.1225).
        let q = try #require(quotes.first)
        #expect(abs((q.bid ?? 0) - 102.0) < 1e-9)
        #expect(abs((q.ask ?? 0) - (100 + 4 * 0.4225 / 0.545)) < 1e-9)
        let second = try #require(d.called)
        try d.apply(.order(seat: second, side: .sell))
        let r = try #require(reveal(d, seat: first, round: 1))
        // The first bought at 102.6: her profit is v − 102.6; the second sold at 102.0: 102 − v.
        #expect(abs((r.profit ?? .nan) - (r.value - 102.6)) < 1e-9)
        let s = try #require(reveal(d, seat: second, round: 1))
        #expect(abs((s.profit ?? .nan) - (102.0 - s.value)) < 1e-9)
        // The market maker sold at 102.6 and bought at 102: its profit is (102.6 − v) + (v − 102) = 0.6.
        #expect(abs(r.marketMakerProfit - 0.6) < 1e-9)
    }

    @Test func tradingIsZeroSumAndTheMarketMakersProfitIsTheTapes() throws {
        var d = Driver(ClassHarness.binary())
        try d.seat(5)
        try d.apply(.start(GameSetup(game: .trade, rounds: 6, seed: 11, breakSeconds: 0)))
        var turn = 0
        for _ in 1...6 {
            while let seat = d.called {
                turn += 1
                switch turn % 4 {
                case 0: try d.apply(.order(seat: seat, side: .buy))
                case 1: try d.apply(.order(seat: seat, side: .sell))
                case 2: try d.apply(.pass(seat: seat))
                default: d.wait(10)  // the robot plays
                }
            }
            try d.apply(.next)
        }
        var rounds = 0
        for frame in d.received(by: 1) {
            guard case .reveal(let r) = frame else { continue }
            rounds += 1
            if let informed = r.informedTotal, let uninformed = r.uninformedTotal {
                // Informed + uninformed + market maker = 0: each trade moves price − v from one to the other.
                #expect(abs(informed + uninformed + r.marketMakerProfit) < 1e-9)
            } else {
                #expect(r.totalsWithheld != nil, "round \(r.round): no totals and no reason")
            }
            // The market maker's profit from the tape alone: a buy at p earns it p − v, a sell v − p.
            let tape = d.received(by: 1).compactMap { f -> TapeEntry? in
                if case .tape(let t) = f, t.round == r.round { return t }
                return nil
            }
            let fromTape = tape.map { t -> Double in
                guard let side = t.side, let p = t.price else { return 0 }
                return side == .buy ? p - r.value : r.value - p
            }.reduce(0, +)
            #expect(abs(fromTape - r.marketMakerProfit) < 1e-9)
        }
        #expect(rounds == 6)
    }

    @Test func anUninformedStudentWhoPassesPaysThePenaltyTheOpeningSpread() throws {
        var d = Driver(ClassHarness.binary())
        try d.seat(4)
        try d.apply(.start(GameSetup(game: .trade, rounds: 3, seed: 5, breakSeconds: 0)))
        var checked = 0
        for round in 1...3 {
            let roles = try #require(d.tradeRound?.roles)
            while let seat = d.called { try d.apply(.pass(seat: seat)) }
            for (seat, role) in roles {
                let r = try #require(reveal(d, seat: seat, round: round))
                // The opening spread is μ·ΔV = 0.3 × 4 = 1.2 at θ = ½.
                let expected = !role.informed && role.need != nil ? 1.2 : 0
                #expect(abs((r.penalty ?? .nan) - expected) < 1e-9)
                #expect(abs((r.score ?? .nan) + expected) < 1e-9)
                checked += 1
            }
            try d.apply(.next)
        }
        #expect(checked == 12)
    }

    @Test func aStudentNotCalledBeforeTheRevealSitsOutWithNoPenalty() throws {
        var d = Driver(ClassHarness.binary())
        try d.seat(3)
        try d.apply(.start(GameSetup(game: .trade, rounds: 2, seed: 5, breakSeconds: 0)))
        let first = try #require(d.called)
        try d.apply(.pass(seat: first))
        try d.apply(.reveal)
        let roles = try #require(d.tradeRound?.roles)
        for seat in roles.keys where seat != first {
            let r = try #require(reveal(d, seat: seat, round: 1))
            #expect(r.penalty == 0 && r.profit == 0)
        }
        #expect(d.called == nil)
        #expect(d.room.due(now: d.now + 1000) == nil, "with no break, the next round waits for the teacher")
    }

    @Test func theRobotPlaysTheRationalPolicy() throws {
        // With penalty 1.2 an uninformed robot trades toward her need (the price is 0.6 from E[V]);
        // an informed one buys when v = 104 is above the ask, sells when v = 100 is below the bid.
        var d = Driver(ClassHarness.binary())
        try d.seat(6)
        try d.apply(.start(GameSetup(game: .trade, rounds: 1, seed: 3)))
        let round = try #require(d.tradeRound)
        while d.called != nil { d.wait(10) }
        let results = try #require(d.room.tradeRows().isEmpty ? nil : d.room.tradeRows())
        #expect(results.allSatisfy { $0["robot"] == "true" })
        for row in results {
            let seat = try #require(Int(row["seat"] ?? ""))
            let role = try #require(round.roles[seat])
            let expected = role.informed ? (round.value > 102 ? "buy" : "sell") : (role.need?.rawValue ?? "none")
            #expect(row["order"] == expected, "seat \(seat): \(role)")
        }
        // With a penalty below the price's distance from E[V] (0.6 at the opening), the uninformed robot passes.
        var e = Driver(ClassHarness.binary())
        try e.seat(1)
        try e.apply(.start(GameSetup(game: .trade, rounds: 8, seed: 3, breakSeconds: 1, penalty: 0.5)))
        e.wait(400)
        let uninformed = e.room.tradeRows().filter { $0["trader"] == "noise" }
        #expect(!uninformed.isEmpty)
        #expect(uninformed.allSatisfy { $0["order"] == "none" && $0["penalty"] == "0.5" })
    }

    @Test func aSeedReplaysTheSameNatureWhoeverIsInTheRoom() throws {
        func values(students: Int) throws -> [Double] {
            var d = Driver(ClassHarness.normal())
            try d.seat(students)
            try d.apply(.start(GameSetup(game: .trade, rounds: 6, seed: 7, breakSeconds: 0)))
            var values: [Double] = []
            for _ in 1...6 {
                values.append(try #require(d.tradeRound?.value))
                try d.apply(.next)
            }
            return values
        }
        let two = try values(students: 2)
        #expect(two == (try values(students: 5)))
        #expect(Set(two).count == 6, "each round draws its own value")
    }

    /// With fewer than two students in a role, the totals would give a student's P&L away (and,
    /// with the tape and her own result, another's role): neither the reveal frames nor the
    /// projected console show them, nor the roles beside the names; with two or more each, both do.
    @Test func theTotalsAreShownOnlyWhenEachRoleHasTwoStudents() throws {
        var sawWithheld = false, sawShown = false
        for (students, seed) in [(2, UInt64(1)), (3, 2), (12, 3), (12, 4)] {
            var d = Driver(ClassHarness.binary([("mu", 0.5)]))
            try d.seat(students)
            try d.apply(.start(GameSetup(game: .trade, rounds: 1, seed: seed, breakSeconds: 0)))
            let roles = try #require(d.tradeRound?.roles.values)
            let informed = roles.filter(\.informed).count
            let shown = informed >= 2 && roles.count - informed >= 2
            while let seat = d.called { try d.apply(.pass(seat: seat)) }
            for seat in 1...students {
                for case .reveal(let r) in d.received(by: seat) {
                    #expect((r.informedTotal != nil) == shown && (r.uninformedTotal != nil) == shown)
                    #expect((r.totalsWithheld == nil) == shown)
                }
            }
            let console = d.teacherLines.drop { !$0.contains("the value was") }.joined(separator: "\n")
            #expect(console.contains("informed traders made") == shown, "\(console)")
            if shown { sawShown = true } else {
                sawWithheld = true
                #expect(console.contains("shown only when each role has at least 2 students"))
                #expect(!console.contains("needs to") && !console.contains("no need") && !console.contains("penalty "), "\(console)")
            }
        }
        #expect(sawWithheld && sawShown, "the seeds cover both cases")
    }
}
