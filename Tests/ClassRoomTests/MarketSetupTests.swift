import ShellKit
import Testing

@testable import ClassRoom

/// A game plays the teacher's model and settings as she had them when she typed `class start`.
@Suite struct MarketSetupTests {
    /// Binary, V = 100 or 104, θ = ½, γ = ½, μ = ½: P(buy | H) = μ + (1−μ)γ = ¾, P(buy | L) = ¼, so
    /// P(H | buy) = ¾ and the ask is 100 + 4·¾ = 103; by symmetry the bid is 101.
    static let teachers = ClassMarket(
        model: "binary",
        settings: [.init(name: "low", value: 100), .init(name: "high", value: 104), .init(name: "mu", value: 0.5)])

    @Test func aGamePlaysTheMarketItsSetupNames() throws {
        // The class itself is under the binary model at μ = 0.3: the setup's market wins.
        var d = Driver(ClassHarness.binary())
        try d.seat(2)
        try d.apply(.start(GameSetup(game: .trade, rounds: 1, seed: 3, market: Self.teachers)))
        let quotes = try #require(d.tradeRound?.quotes)
        #expect(abs((quotes.bid ?? 0) - 101) < 1e-9 && abs((quotes.ask ?? 0) - 103) < 1e-9)
        #expect(
            d.teacherLines.contains(
                "the class plays the binary model (low 100, high 104, mu 0.5; the rest as the model opens): opening bid 101.0000, ask 103.0000"
            ), "\(d.teacherLines)")
    }

    @Test func theMakersGameToo() throws {
        var d = Driver(ClassHarness.normal())
        try d.seat(1)
        try d.apply(.start(GameSetup(game: .makers, rounds: 1, seed: 3, market: Self.teachers)))
        guard case .makers(let makers)? = d.room.game else { Issue.record("no makers game"); return }
        // The room's first Bayesian quotes are the binary market's at μ = ½.
        let quote = makers.bayes.computerQuote(.compete)
        #expect(abs((quote.bid ?? 0) - 101) < 1e-9 && abs((quote.ask ?? 0) - 103) < 1e-9)
    }

    @Test func theLastValueOfASettingIsShownOnce() {
        let market = ClassMarket(
            model: "normal", settings: [.init(name: "mu", value: 0.4), .init(name: "sigma", value: 3), .init(name: "mu", value: 0.5)])
        #expect(market.shownSettings == [.init(name: "mu", value: 0.5), .init(name: "sigma", value: 3)])
    }

    @Test func aModelWithoutTheGamesOrARefusedSettingIsOneLine() {
        var d = Driver(ClassHarness.binary())
        try? d.seat(1)
        let unknown = #expect(throws: ClassRefusal.self) {
            try d.apply(.start(GameSetup(game: .trade, market: ClassMarket(model: "nosuch"))))
        }
        #expect(unknown?.text == "there is no model named nosuch: the class games play binary and normal")
        let refused = #expect(throws: ClassRefusal.self) {
            try d.apply(.start(GameSetup(game: .trade, market: ClassMarket(model: "binary", settings: [.init(name: "mu", value: 1.5)]))))
        }
        #expect(refused?.code == .badSetup && refused?.text.contains("mu") == true)
        let kyle = ClassRoom.describe(ClassMarket(model: "kyle"))
        #expect(kyle.contains("kyle") && !kyle.contains("opening bid"), "\(kyle)")
        #expect(d.room.gameRunning == nil)
    }
}
