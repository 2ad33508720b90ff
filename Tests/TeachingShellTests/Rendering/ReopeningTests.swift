import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// Issue 21, item 5: a withdrawn side's refusal names the changes that reopen it, computed from
/// its half-spread h = c + (the part μ makes): lowering μ reopens it only if c ≤ τ, lowering c only
/// if h − c ≤ τ, raising τ always. In classic GM at 96 / 104 with θ = ½ the part μ makes is
/// μ·(104 − 96)/2 = 4μ.
struct ReopeningTests {
    private func lines(_ script: String) -> [String] {
        var shell = Interpreter.forTests()
        return send(&shell, script: script).flatMap { _, reply in
            (reply?.lines.map(\.plain) ?? []) + (reply?.error.map { [$0.message] } ?? [])
        }
    }

    @Test(arguments: [
        // The issue's case: μ = 0, h = c = 2 > τ = 1.5: only the cost binds.
        ("set cost 2; set tolerance 1.5; set mu 0", "2.0000", "lower cost or raise tolerance"),
        // h = 2 + 4·0.3 = 3.2; c = 2 > 1.5, but 1.2 ≤ 1.5: lowering μ alone cannot reopen it.
        ("set cost 2; set tolerance 1.5", "3.2000", "lower cost or raise tolerance"),
        // h = 1 + 1.2 = 2.2; c = 1 ≤ 1.5 and 1.2 ≤ 1.5: either alone reopens it.
        ("set cost 1; set tolerance 1.5", "2.2000", "lower mu, lower cost or raise tolerance"),
        // h = 2 + 4·0.5 = 4; c = 2 > 1.5 and 2 > 1.5: only both together.
        ("set cost 2; set tolerance 1.5; set mu 0.5", "4.0000", "lower both cost and mu or raise tolerance"),
        // No cost: h = 1.2 > τ = 1; only μ (or τ) matters, as before.
        ("set tolerance 1", "1.2000", "lower mu or raise tolerance"),
    ])
    func aRefusalNamesTheChangesThatReopen(script: String, half: String, reopen: String) {
        let text = lines(script + "; buy")
        #expect(text.last?.contains("a half-spread of \(half)") == true, "\(text.last ?? "")")
        #expect(text.last?.hasSuffix("; \(reopen) to reopen") == true, "\(text.last ?? "")")
    }

    /// Elastic demand with C = 1: at μ = 0 the uninformed alone bring f(x)·(x − c) = (1 − x)(x − c),
    /// positive somewhere in (c, 1) only when c < 1. With c = 2 no μ reopens the side, with c = 0.2
    /// (and μ = 0.9, where no price breaks even) lowering μ does.
    @Test(arguments: [
        ("set cost 2; set elastic 1; set mu 0.3", "raise elastic C or set elastic off to reopen"),
        ("set cost 0.2; set elastic 1; set mu 0.9", "raise elastic C, lower mu, or set elastic off to reopen"),
    ])
    func anElasticRefusalOffersLowerMuOnlyWhenItHelps(script: String, reopen: String) {
        let text = lines(script + "; buy")
        #expect(
            text.last?.contains("no ask breaks even against elastic uninformed buyers") == true, "\(text.last ?? "")")
        #expect(text.last?.hasSuffix(reopen) == true, "\(text.last ?? "")")
    }

    /// With μ = 0 nobody is informed: the quote line does not say "only informed traders would
    /// trade there", and `explain`'s verdict does not offer to lower μ.
    @Test func withNoInformedTradersNoOneWouldTrade() {
        let text = lines("set cost 2; set tolerance 1.5; set mu 0; quote; explain").drop { !$0.hasPrefix("mu = 0") }
        let withdrawn = text.filter { $0.contains("withdrawn: breaking even needs") }
        #expect(withdrawn.count >= 2)
        #expect(!withdrawn.contains { $0.contains("only informed traders") })
        #expect(
            withdrawn.allSatisfy {
                $0.hasSuffix("with mu = 0 there are no informed traders, so no one would trade there")
            })
        #expect(text.last?.hasSuffix("(lower cost or raise tolerance).") == true, "\(text.last ?? "")")
    }
}
