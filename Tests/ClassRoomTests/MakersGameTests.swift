import Testing

@testable import ClassRoom

/// The makers game: the best quote takes the order, a tie is shared, and the Bayesian market
/// maker meets the same arrivals in a market of its own.
@Suite struct MakersGameTests {
    func reveals(_ d: Driver, seat: Int) -> [Reveal] {
        d.received(by: seat).compactMap { if case .reveal(let r) = $0 { r } else { nil } }
    }

    @Test func aStudentTheRobotPlaysEarnsWhatTheBayesianMarketMakerEarns() throws {
        // The robot quotes the Bayesian zero-profit quotes at the room's belief; alone in the room
        // her market is the Bayesian market maker's, order for order.
        for seed in [UInt64(1), 2, 3] {
            var d = Driver(ClassHarness.binary())
            try d.seat(1)
            try d.apply(.start(GameSetup(game: .makers, rounds: 12, seed: seed)))
            for _ in 1...12 { d.wait(10) }
            let r = try #require(reveals(d, seat: 1).first)
            #expect(r.profit == r.marketMakerProfit)
            #expect(r.round == 12)
        }
        // Two robots share every order: each earns half of the Bayesian market maker.
        var d = Driver(ClassHarness.binary())
        try d.seat(2)
        try d.apply(.start(GameSetup(game: .makers, rounds: 12, seed: 4)))
        for _ in 1...12 { d.wait(10) }
        for seat in 1...2 {
            let r = try #require(reveals(d, seat: seat).first)
            #expect(abs((r.profit ?? .nan) - r.marketMakerProfit / 2) < 1e-9)
        }
    }

    @Test func theBestQuoteTakesTheOrderAndATieIsShared() throws {
        var d = Driver(ClassHarness.binary())
        try d.seat(3)
        try d.apply(.start(GameSetup(game: .makers, rounds: 10, seed: 6)))
        for _ in 1...10 {
            try d.apply(.quote(seat: 1, bid: 101, ask: 103))
            try d.apply(.quote(seat: 2, bid: 101.5, ask: 102.5))
            try d.apply(.quote(seat: 3, bid: 101.5, ask: 102.5))
        }
        #expect(d.room.gameRunning == nil)
        let (one, two, three) = (
            try #require(reveals(d, seat: 1).first), try #require(reveals(d, seat: 2).first),
            try #require(reveals(d, seat: 3).first)
        )
        #expect(one.profit == 0, "seat 1's quotes were never the best")
        #expect(two.profit == three.profit, "a tie is shared")
        // The customers' trades at the best quotes: a buy at 102.5 earns the makers 102.5 − v, a sell
        // at 101.5 earns v − 101.5; seats 2 and 3 share all of it.
        let tape = d.received(by: 1).compactMap { if case .tape(let t) = $0 { t } else { nil } }
        #expect(tape.count == 10)
        let v = two.value
        let makers = tape.map { t -> Double in
            switch t.side {
            case .buy?: 102.5 - v
            case .sell?: v - 101.5
            case nil: 0
            }
        }.reduce(0, +)
        #expect(tape.contains { $0.side != nil })
        #expect(abs((two.profit ?? .nan) + (three.profit ?? .nan) - makers) < 1e-9)
        // The league ranks by profit, ties sharing a rank.
        let standings = try #require(d.received(by: 1).compactMap { if case .standings(let s) = $0 { s } else { nil } }.last)
        #expect(standings.count == 3)
        let s2 = try #require(standings.first { $0.name == "S2" }), s3 = try #require(standings.first { $0.name == "S3" })
        #expect(s2.rank == s3.rank)
        // The export: a row per student and round, and her rows' profits add up to her reveal's.
        let rows = d.room.makersRows()
        #expect(rows.count == 30)
        let seat2 = rows.filter { $0["seat"] == "2" }.compactMap { Double($0["pnl"] ?? "") }.reduce(0, +)
        #expect(abs(seat2 - (two.profit ?? .nan)) < 1e-9)
        #expect(rows.filter { $0["seat"] == "1" }.allSatisfy { $0["share"] == "0" })
    }

    @Test func aStudentWhoJoinsLateQuotesFromTheNextRound() throws {
        var d = Driver(ClassHarness.normal())
        try d.seat(1)
        try d.apply(.start(GameSetup(game: .makers, rounds: 3, seed: 6)))
        try d.apply(.join(seat: 2, name: "Late", tokenHash: "l"))
        #expect(throws: ClassRefusal.notInRound) { try d.apply(.quote(seat: 2, bid: 99, ask: 101)) }
        d.wait(10)
        let cards = d.received(by: 2).compactMap { if case .role(let c) = $0 { c } else { nil } }
        #expect(cards.map(\.round) == [2] && cards.first?.kind == .maker)
        try d.apply(.quote(seat: 2, bid: 99, ask: 101))
    }
}
