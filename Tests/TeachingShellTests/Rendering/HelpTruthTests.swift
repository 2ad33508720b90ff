import ModelRegistry
@testable import BinaryShell
import Testing

@testable import MarketModel
@testable import ShellKit

/// Help sentences that hold only in special cases state them, and their formulas agree with the shell.
struct HelpTruthTests {
    private func help(_ topic: String) throws -> String {
        try HelpText.lines(topic: topic, model: .binary, models: glostenModels).map(\.plain).joined(separator: "\n")
    }

    /// `help quotes` gives the opening spread αμΔV / (αμ + 2ε(1 − αμ)) (θ = ½, ε_b = ε_s = ε, c = 0),
    /// checked here against the market's own opening quote over a grid; μ·ΔV only in classic GM.
    @Test func openingSpreadFormula() throws {
        let text = try help("quotes")
        #expect(!text.contains("With theta = gamma = 1/2 the opening spread is mu × (high − low)."))
        #expect(text.contains("alpha·mu·(high − low) / (alpha·mu + 2·eps·(1 − alpha·mu))"))
        #expect(text.contains("in classic GM (alpha = 1, gamma = 1/2) that is mu × (high − low)"))
        for alpha in [0.25, 0.5, 1.0] {
            for eps in [0.1, 0.25, 0.5] {
                for mu in [0.1, 0.3, 0.8] {
                    var p = Parameters()
                    p.alpha = alpha
                    p.mu = mu
                    p.epsBuy = eps
                    p.epsSell = eps
                    let spread = try #require(Market(parameters: p).quote.openSpread)
                    let formula = alpha * mu * 8 / (alpha * mu + 2 * eps * (1 - alpha * mu))
                    #expect(abs(spread - formula) < 1e-12, "α \(alpha) ε \(eps) μ \(mu): \(spread) against \(formula)")
                }
            }
        }
    }

    /// "Only buys minus sells matters" and "each no-trade multiplies by 1 − μ" carry their conditions;
    /// a withdrawn side changes the ratio (here P(no trade | event) / P(no trade | none) ≠ 1 − μ).
    @Test func oddsCarryTheirConditions() throws {
        let odds = try help("odds")
        let pass = try help("pass")
        #expect(odds.contains("while both sides are open") && odds.contains("with a side withdrawn the ratios change"))
        #expect(pass.contains("with a side withdrawn, arrivals who wanted it leave"))
        #expect(!pass.contains("since informed traders always trade"))
        // V 100/110, α = ½, ε = 0.3, μ = 0.4, τ = 1: the ask is withdrawn at the opening, so the
        // no-trade likelihoods are no longer (1 − μ)(1 − 2ε) and 1 − 2ε.
        var p = Parameters()
        p.low = 100
        p.high = 110
        p.alpha = 0.5
        p.epsBuy = 0.3
        p.epsSell = 0.3
        p.mu = 0.4
        p.tolerance = 1
        var market = Market(parameters: p)
        #expect(market.quote.ask.isWithdrawn || market.quote.bid.isWithdrawn)
        let step = try market.observe(.none, from: .unknown, truth: .good)
        let e0 = step.prior.pEvent
        let e1 = step.posterior.pEvent
        let ratio = (e1 / (1 - e1)) / (e0 / (1 - e0))
        #expect(abs(ratio - 0.6) > 1e-3, "ratio \(ratio)")
    }
}
