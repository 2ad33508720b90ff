import Foundation
@testable import NormalShell
import NormalValue
@testable import ShellKit
import Testing

/// The printed numbers of a normal step against a plain grid integration written here (issue 12's
/// check point: m = 0, σ = 1, ε = ½, μ = 0.5 gives ask 0.436327, bid −0.436327, and after a buy the
/// posterior mean equals the ask it met).
struct NormalStepTextTests {
    static func session(_ settings: [(NormalParameterName, Double)]) throws -> NormalSession {
        var s = NormalSession()
        for (name, value) in settings { _ = try s.set(name, to: value) }
        return s
    }

    static let checkPoint: [(NormalParameterName, Double)] = [(.mean, 0), (.sigma, 1), (.eps, 0.5), (.mu, 0.5)]

    @Test func checkPointQuotesAndBuy() throws {
        var s = try Self.session(Self.checkPoint)
        let grid = NormalGrid(mean: 0, sigma: 1)
        let ask = grid.ask(mu: 0.5, eps: 0.5)
        let bid = grid.bid(mu: 0.5, eps: 0.5)
        #expect(abs(ask - 0.436327) < 5e-7)
        #expect(abs(bid + 0.436327) < 5e-7)
        #expect(abs(try #require(s.market.quote.ask.price) - ask) < 1e-8)
        #expect(abs(try #require(s.market.quote.bid.price) - bid) < 1e-8)

        let step = try s.apply(.buy, from: .unknown, strict: true)
        // After the buy the density is φ(v)·(μ·1{v > a} + (1−μ)ε_b).
        let after = NormalGrid(mean: 0, sigma: 1, breaks: [ask], factors: [0.25, 0.75])
        let tail = grid.integral({ _ in 1 }, from: ask)
        let tailMean = grid.integral({ $0 }, from: ask) / tail
        let pBuy = 0.5 * tail + 0.25
        let pInformed = 0.5 * tail / pBuy
        #expect(abs(after.expectedValue - ask) < 1e-8)
        #expect(abs(step.meanAfter - ask) < 1e-8)
        #expect(abs(step.standardDeviationAfter - after.standardDeviation) < 1e-8)
        #expect(abs(step.pInformed - pInformed) < 1e-9)

        let text = NormalStepText(step: step, parameters: s.market.parameters, truthValue: s.trueValue)
            .lines(.full).map(\.plain)
        let joined = text.joined(separator: "\n")
        #expect(joined.contains("P(v > a)     = P(v > \(Format.price(ask))) = \(Format.probability(tail))"))
        let lambda = StandardNormalCheck.density(ask) / tail
        #expect(joined.contains("E[v | v > a] = m + σ·λ(z), λ(z) = φ(z)/(1 − Φ(z))"))
        #expect(joined.contains("= 0 + 1 × \(Format.probability(lambda)) = \(Format.price(tailMean))"))
        #expect(
            joined.contains(
                "= 0.5 × \(Format.probability(tail)) / \(Format.probability(pBuy)) = \(Format.probability(pInformed))"))
        #expect(joined.contains("at a = \(Format.price(ask)): a − (N/D + c) = "))
        #expect(joined.contains("so the equation holds"))
        #expect(joined.contains("E[v | buy] = a − c = \(Format.price(ask)) (zero expected profit)"))
        #expect(joined.contains("sd[v]: 1.0000 → \(Format.price(after.standardDeviation))"))
        // The new ask is the grid's fixed point under the posterior.
        let newAsk = after.ask(mu: 0.5, eps: 0.5)
        let newBid = after.bid(mu: 0.5, eps: 0.5)
        #expect(abs(try #require(step.quoteAfter.ask.price) - newAsk) < 1e-7)
        #expect(
            text.contains {
                $0.contains("ask ") && $0.contains(Format.price(ask) + " → ")
                    && $0.contains(Format.price(newAsk) + "  (")
            })
        #expect(
            text.contains {
                $0.contains("bid ") && $0.contains(Format.price(bid) + " → ")
                    && $0.contains(Format.price(newBid) + "  (")
            })
    }

    /// A sell after a buy: the belief is no longer normal, so the text says E[v | v < b] comes from
    /// the Φ/φ sums, and the numbers still match the grid.
    @Test func sellAfterBuyUsesTheSums() throws {
        var s = try Self.session(Self.checkPoint)
        let first = try s.apply(.buy, from: .unknown, strict: true)
        let a0 = try #require(first.fillPrice)
        let step = try s.apply(.sell, from: .unknown, strict: true)
        let b1 = try #require(step.fillPrice)
        let grid = NormalGrid(mean: 0, sigma: 1, breaks: [a0], factors: [0.25, 0.75])
        #expect(abs(b1 - grid.bid(mu: 0.5, eps: 0.5)) < 1e-7)
        let text = NormalStepText(step: step, parameters: s.market.parameters, truthValue: s.trueValue)
            .lines(.full).map(\.plain).joined(separator: "\n")
        let tail = grid.integral({ _ in 1 }, from: -.infinity, to: b1) / grid.mass
        #expect(text.contains("P(v < b)     = P(v < \(Format.price(b1))) = \(Format.probability(tail))"))
        #expect(text.contains("(not normal now: from the Φ/φ sums)"))
        #expect(text.contains("E[v | sell] = b + c = \(Format.price(b1))"))
    }

    /// Every line at full detail fits 80 columns, for buys, sells and no-trades at the defaults and
    /// at large prices.
    @Test func linesFitEightyColumns() throws {
        for settings in [[], Self.checkPoint, [(.mean, 123456.5), (.sigma, 250), (.cost, 0.25), (.eps, 0.4)]] {
            var s = try Self.session(settings)
            for order in [Order.buy, .sell, .none, .buy, .buy] {
                let step = try s.apply(order, from: .unknown, strict: true)
                for line in NormalStepText(step: step, parameters: s.market.parameters, truthValue: s.trueValue)
                    .lines(.full) + []
                {
                    #expect(line.plain.count <= 80, "\(line.plain.count): \(line.plain)")
                }
            }
            for _ in 0..<3 {
                let step = try s.informed()
                for line in NormalStepText(step: step, parameters: s.market.parameters, truthValue: s.trueValue).lines(
                    .full)
                {
                    #expect(line.plain.count <= 80, "\(line.plain.count): \(line.plain)")
                }
            }
        }
    }
}

/// φ written out here, not taken from the model.
enum StandardNormalCheck {
    static func density(_ z: Double) -> Double { exp(-0.5 * z * z) / (2 * Double.pi).squareRoot() }
}
