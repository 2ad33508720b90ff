@testable import BinaryShell
@testable import MarketModel
@testable import ShellKit
import Testing

/// `compare`: two markets that differ only in μ, run from one seed.
struct ComparisonTests {
    /// Opening spreads are μ·ΔV at θ = γ = ½: 0.6·10 = 6 and 0.15·10 = 1.5.
    @Test func openingSpreads() throws {
        let markets = try Comparison.run(ComparisonSetup(), seed: 42)
        #expect(abs(markets[0].openingSpread - 6) < 1e-12)
        #expect(abs(markets[1].openingSpread - 1.5) < 1e-12)
        #expect(
            markets.allSatisfy {
                $0.rows.count == 101 && $0.trades.count == 100 && $0.rows[0].t == 0 && $0.trueValue == 105
            })
    }

    /// Same seed, same result; another seed, another draw.
    @Test func repeatable() throws {
        let a = try Comparison.run(ComparisonSetup(), seed: 7).map { $0.rows.map(\.mid) }
        let b = try Comparison.run(ComparisonSetup(), seed: 7).map { $0.rows.map(\.mid) }
        let c = try Comparison.run(ComparisonSetup(), seed: 8).map { $0.rows.map(\.mid) }
        #expect(a == b)
        #expect(a != c)
    }

    /// The cost to uninformed traders is the market maker's realised profit on their orders.
    @Test func costIsProfitOnUninformedOrders() throws {
        let market = try Comparison.run(ComparisonSetup(), seed: 3)[1]
        let expected = market.rows.filter { $0.trader == .uninformed }.compactMap(\.profit).reduce(0, +)
        #expect(abs(market.uninformedCost - expected) < 1e-9)
    }

    @Test func arguments() throws {
        var setup = ComparisonSetup()
        setup.muHigh = 0.5
        setup.muLow = 0.1
        setup.trades = 300
        #expect(try Parser.parse(Array("compare mu 0.5 0.1 trades 300".utf8)) == .market(.compare(StudySetup(setup))))
        #expect(throws: ShellError.refused(ComparisonProblem.muOutOfRange(1.5))) {
            try Parser.parse(Array("compare mu 1.5 0.1".utf8))
        }
        #expect(throws: ShellError.refused(ComparisonProblem.missingValue("trades"))) {
            try Parser.parse(Array("compare trades".utf8))
        }
        #expect(throws: ShellError.refused(ComparisonProblem.unknownKeyword("alpha"))) {
            try Parser.parse(Array("compare alpha 1".utf8))
        }
        #expect(throws: ShellError.refused(ComparisonProblem.badTrades("0"))) { try Parser.parse(Array("compare trades 0".utf8)) }
        #expect(throws: ShellError.refused(ComparisonProblem.badSeed("-1"))) { try Parser.parse(Array("compare seed -1".utf8)) }
        #expect(throws: ShellError.refused(ComparisonProblem.notANumber("x"))) { try Parser.parse(Array("compare low x".utf8)) }
        #expect(throws: ShellError.refused(ComparisonProblem.badValues(low: 105, high: 104))) {
            try Parser.parse(Array("compare low 105 high 104".utf8))
        }
    }

    /// Each of compare's errors, word for word (worded beside the binary model; the wording is
    /// the one the parser used to write itself).
    @Test func errorWording() {
        let usage = "; usage compare [mu HIGH LOW] [trades N] [low L] [high H] [seed S]"
        let cases: [(ComparisonProblem, String)] = [
            (.missingValue("trades"), "trades needs a value"),
            (.notANumber("x"), "'x' is not a number"),
            (.badTrades("0"), "trades takes a whole number from 1 to 1000000, not '0'"),
            (.badSeed("-1"), "seed takes a whole number, not '-1'"),
            (.unknownKeyword("alpha"), "unknown setting 'alpha' (mu, trades, low, high, seed)"),
            (.muOutOfRange(1.5), "each mu must be in [0, 1), not 1.5"),
            (.badValues(low: 105, high: 104), "low must be below high (and both within ±1e9)"),
        ]
        for (problem, detail) in cases {
            #expect(ShellError.refused(problem).message == "compare: " + detail + usage)
        }
    }
}

/// Issue 23.5: a stop asked for after the seeded paths (while their rows and the exact
/// expectations are worked out) ends `compare`; before, only the paths' arrivals asked.
@Test func comparisonStopsAfterItsSeededPath() {
    var setup = ComparisonSetup()
    setup.trades = 20_000
    // The path of 20 000 arrivals asks 78 times (every 256); the 79th ask comes after it.
    var asked = 0
    #expect(throws: ShellError.interruptedWorking(on: "the rows of the seeded paths")) {
        try Comparison.run(setup, seed: 42) {
            asked += 1
            return asked > 78
        }
    }
}
