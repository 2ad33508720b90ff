@testable import BinaryShell
import Foundation
@testable import MarketModel
@testable import ShellKit
import ShellTestSupport
import Testing

/// `compare`'s expectations: the binomial walk against every one of the 2^N order sequences played
/// through `Market.observe`, and the conclusions read off those expectations.
struct ExpectedPathTests {
    private func parameters(mu: Double) -> Parameters {
        var p = Parameters()
        p.low = 95
        p.high = 105
        p.mu = mu
        return p
    }

    /// All 2^12 sequences of buys and sells, each weighted by P(buy | V_H)^buys · P(sell | V_H)^sells
    /// with P(buy | V_H) = μ + (1 − μ)/2, played through the market: the expectations agree with the
    /// walk at every t to 1e-9.
    @Test(arguments: [0.6, 0.15, 0.9])
    func agreesWithEverySequence(mu: Double) throws {
        let n = 12
        let p = parameters(mu: mu)
        let band = 1.05
        let path = try #require(ExpectedPath(parameters: p, arrivals: n, band: band))
        let up = mu + (1 - mu) / 2
        var spread = Array(repeating: 0.0, count: n + 1)
        var distance = spread
        var belief = spread
        var within = spread
        var cost = spread
        for bits in 0..<(1 << n) {
            var market = Market(parameters: p)
            var weight = 1.0
            var paid = 0.0
            func add(_ t: Int) {
                let q = market.quote
                spread[t] += weight * q.openSpread!
                distance[t] += weight * abs(q.openMid! - 105)
                belief[t] += weight * market.belief.pHigh
                within[t] += abs(q.openMid! - 105) <= band ? weight : 0
                cost[t] += weight * paid
            }
            // Weights of the prefixes are accumulated as the sequence is played.
            var prefixes: [Double] = []
            for t in 0..<n {
                let buy = bits >> t & 1 == 1
                prefixes.append(buy ? up : 1 - up)
            }
            weight = prefixes.reduce(1, *)
            add(0)
            for t in 0..<n {
                let buy = bits >> t & 1 == 1
                let q = market.quote
                // An uninformed arrival (1 − μ) buys or sells with ½ each, whatever was drawn here:
                // its expected cost given the quote is averaged over both.
                paid += (1 - mu) * 0.5 * ((q.ask.price! - 105) + (105 - q.bid.price!))
                _ = try market.observe(buy ? .buy : .sell, from: .unknown, truth: .good)
                add(t + 1)
            }
        }
        for t in 0...n {
            #expect(abs(path.spread[t] - spread[t]) < 1e-9, "spread at \(t)")
            #expect(abs(path.distance[t] - distance[t]) < 1e-9, "distance at \(t)")
            #expect(abs(path.belief[t] - belief[t]) < 1e-9, "belief at \(t)")
            #expect(abs(path.withinBand[t] - within[t]) < 1e-9, "within at \(t)")
            #expect(abs(path.cost[t] - cost[t]) < 1e-9, "cost at \(t)")
        }
        // Opening: μ·ΔV; after one arrival the spread is the same after a buy or a sell.
        #expect(abs(path.spread[0] - mu * 10) < 1e-12)
    }

    /// The walk is cut where the belief is certain (μ = 0.6: odds 4^d pass e^40 at d = 29); against
    /// the uncut binomial sum E[spread_t] = Σ_k C(t, k) p^k (1 − p)^(t−k) · spread(d = 2k − t), written
    /// out here with the quote at each d from Bayes' rule in odds form, it agrees to 1e-12 up to t = 80.
    @Test func cuttingTheWalkChangesNothing() throws {
        let p = parameters(mu: 0.6)
        let path = try #require(ExpectedPath(parameters: p, arrivals: 80, band: 1.05))
        let up = 0.8
        func spread(_ d: Int) -> Double {
            let h = 1 / (1 + pow(0.4 / 1.6, Double(d)))  // P(V_H) after d net buys from θ = ½
            let ask = (h * 0.8 * 105 + (1 - h) * 0.2 * 95) / (h * 0.8 + (1 - h) * 0.2)
            let bid = (h * 0.2 * 105 + (1 - h) * 0.8 * 95) / (h * 0.2 + (1 - h) * 0.8)
            return ask - bid
        }
        for t in [0, 1, 2, 10, 23, 40, 80] {
            var sum = 0.0
            for k in 0...t {
                let logChoose = lgamma(Double(t + 1)) - lgamma(Double(k + 1)) - lgamma(Double(t - k + 1))
                sum += exp(logChoose + Double(k) * log(up) + Double(t - k) * log(1 - up)) * spread(2 * k - t)
            }
            #expect(abs(path.spread[t] - sum) < 1e-12, "t = \(t): \(path.spread[t]) against \(sum)")
        }
        // The expected cost is (1 − μ)/2 × the sum of the expected spreads before each arrival (γ = ½).
        #expect(abs(path.cost[80] - 0.4 / 2 * path.spread.dropLast().reduce(0, +)) < 1e-9)
    }

    /// The realised cost of many seeded paths (`Comparison.run`, who traded as nature drew it)
    /// averages to the expected cost within 4 standard errors.
    @Test func seededPathsAverageToTheExpectation() throws {
        var setup = ComparisonSetup()
        setup.trades = 30
        var costs: [[Double]] = [[], []]
        for seed in 0..<300 as Range<UInt64> {
            for (i, market) in try Comparison.run(setup, seed: seed).enumerated() {
                costs[i].append(market.uninformedCost)
            }
        }
        let markets = try Comparison.run(setup, seed: 0)
        for i in 0..<2 {
            let expected = try #require(markets[i].expected).cost[30]
            let n = Double(costs[i].count)
            let mean = costs[i].reduce(0, +) / n
            let se = (costs[i].map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (n - 1) / n).squareRoot()
            #expect(abs(mean - expected) < 4 * se, "mean \(mean) ± \(se) against \(expected)")
        }
    }

    /// Markets where more than buys − sells matters get no walk.
    @Test func onlyTheWalkMarkets() {
        var p = parameters(mu: 0.3)
        p.alpha = 0.5
        #expect(ExpectedPath(parameters: p, arrivals: 10, band: 1) == nil)
        p = parameters(mu: 0.3)
        p.cost = 0.1
        #expect(ExpectedPath(parameters: p, arrivals: 10, band: 1) == nil)
    }

    /// The default compare: the conclusions come from the expectations, and no sentence claims that
    /// every noise trade far from the value is a loss (a buy below the value is a gain).
    @Test func conclusionsFollowTheExpectations() throws {
        var shell = Interpreter.forTests()
        let text = try #require(send(&shell, "compare")?.plainText)
        let high = try #require(ExpectedPath(parameters: parameters(mu: 0.6), arrivals: 100, band: 1.05))
        let low = try #require(ExpectedPath(parameters: parameters(mu: 0.15), arrivals: 100, band: 1.05))
        #expect(!text.contains("each noise trade at a price far from the value is a loss"))
        let ratio = high.averageSpread / low.averageSpread
        #expect(
            text.contains(
                "In expectation the average spread over the 100 arrivals is \(Format.price(high.averageSpread)) with μ = 0.6 and \(Format.price(low.averageSpread)) with μ = 0.15"
            ))
        #expect(ratio < 1 && text.contains("narrower on average (\(Format.fixed(ratio, places: 2))×)"))
        #expect(text.contains("The document's \"4–5× wider\" does not hold here"))
        #expect(
            high.cost[100] < low.cost[100]
                && text.contains(
                    "in expectation \(Format.price(high.cost[100])) with μ = 0.6 and \(Format.price(low.cost[100])) with μ = 0.15"
                ))
        #expect(text.contains("it has them the wrong way round"))
        #expect(high.distance[100] < low.distance[100] && text.contains("more informed trading finds the value faster"))
    }

    /// The conclusions do not depend on the order the markets are given in: `compare mu 0.15 0.6`
    /// says the same of the more informed market as `compare`.
    @Test func conclusionsDoNotAssumeTheOrder() throws {
        func conclusions(_ line: String) throws -> [String] {
            var shell = Interpreter.forTests()
            let text = try #require(send(&shell, line)?.lines.map(\.plain))
            return Array(text.drop { $0 != "What it shows" }.dropFirst().dropFirst())
        }
        let given = try conclusions("compare")
        let reversed = try conclusions("compare mu 0.15 0.6")
        #expect(given == reversed)
        #expect(given[0].contains("more informed trading finds the value faster"))
        #expect(try conclusions("compare mu 0.3 0.3").isEmpty)
    }
}
