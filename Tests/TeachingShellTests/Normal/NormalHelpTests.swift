import Foundation
@testable import NormalShell
import NormalValue
@testable import ShellKit
import Testing

/// What `help model` says in the normal model is true for the model's numbers.
struct NormalHelpTests {
    /// "For small mu the spread is about 2·√(2/π)·μσ": at the opening with γ = ½, the ask solves
    /// a·(μ·P(Z > a) + (1−μ)/2) = μ·φ(a) (σ = 1, m = 0), so a ≈ μ·φ(0)/(1/2) = μ·√(2/π) to first order.
    @Test func smallMuSpread() throws {
        var s = try NormalStepTextTests.session([(.mean, 0), (.sigma, 1), (.mu, 0.01)])
        let spread = try #require(s.market.quote.spread)
        let approximation = 2 * (2 / Double.pi).squareRoot() * 0.01
        #expect(abs(spread / approximation - 1) < 0.01)
        #expect(normalHelp.topics.first { $0.name == "model" }?.text.contains("2·√(2/π)·μσ ≈ 1.60μσ") == true)
        // As mu → 1 the spread grows: each step up in mu gives a wider opening spread.
        var last = spread
        for mu in [0.3, 0.6, 0.9, 0.99, 0.999] {
            _ = try s.set(.mu, to: mu)
            let next = try #require(s.market.quote.spread)
            #expect(next > last)
            last = next
        }
        #expect(last > 5)
        // At mu = 1 no ask exists: refused, with the sentence the learner reads.
        let before = s.market
        #expect(throws: NormalParameterError.quoteUndefined(.ask, .everyArrivalInformed)) { _ = try s.set(.mu, to: 1) }
        #expect(s.market == before)
        #expect(
            ShellError.refused(NormalParameterError.quoteUndefined(.ask, .everyArrivalInformed)).message
                == "refused: the ask would not exist: with mu = 1 every arrival is informed, and E[v | v > a] > a for every ask a (E[v | v < b] < b for every bid b): no price breaks even (as mu → 1 the spread grows without bound)"
        )
    }

    @Test func helpFitsAndCoversTheVerbs() {
        for verb in [
            // (`truth` is a setting, not a verb: `help truth` shows its row of `set`.)
            "buy", "sell", "pass", "informed", "noise", "run", "undo", "explain", "state", "simulate", "quote",
        ] {
            #expect(normalHelp.details[verb]?.hasPrefix(verb) == true)
        }
    }
}
