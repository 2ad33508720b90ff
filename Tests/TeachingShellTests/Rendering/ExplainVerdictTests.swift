import ShellTestSupport
import Testing

@testable import MarketModel
@testable import ShellKit

/// `explain`'s last line and the step's "Why" say when the market shut (issue 11, item 10) and
/// what a cost does, instead of "the quotes break even on average" everywhere.
struct ExplainVerdictTests {
    private func lines(_ script: String) -> [String] {
        var shell = Interpreter.forTests()
        return send(&shell, script: script).flatMap { $0.reply?.lines.map(\.plain) ?? [] }
    }

    /// V 100/110, θ = ¼, μ = 0.4, c = 0.6, τ = 2: the ask needs 2.4750 > 2 at the opening
    /// (E[V] = 102.5; E[V | buy] = (0.25·0.7·110 + 0.75·0.3·100)/0.4 = 104.375, + 0.6 = 104.975), so only
    /// the bid stands; a no-trade (informed buyers leave: 0.7 against 0.3) lifts P(V = 110) to
    /// 0.175/0.4 = 0.4375, and then the bid needs 2.4750 too: the market shuts.
    private let shutting = "set low 100; set high 110; set prior 0.25; set mu 0.4; set cost 0.6; set tolerance 2"

    /// Both sides need 2.4750 = c + 1.8750 against τ = 2: lowering μ reopens them (c = 0.6 ≤ 2), and
    /// so does lowering c (1.8750 ≤ 2).
    @Test func explainSaysTheMarketShut() {
        let text = lines(shutting + "; pass; explain")
        #expect(
            text.contains {
                $0.contains("Why")
                    && $0.contains(
                        "The market shut: both sides' break-even half-spreads now exceed the tolerance 2.0000")
            })
        #expect(
            text.last
                == "  The market has shut: both sides are withdrawn, so these break-even prices are only what the market maker would need; no order trades and beliefs stay frozen until a parameter changes (lower mu, lower cost or raise tolerance)."
        )
        #expect(!text.contains { $0.contains("break even on average") })
    }

    @Test func explainNamesTheOpenSideAndTheCost() {
        #expect(
            lines(shutting + "; explain").last
                == "  Only the bid stands; given an order that hits it, the market maker's expected profit is c = 0.6 per trade, which pays the cost; net of it, any expected loss to informed traders on that side is paid by uninformed ones."
        )
        #expect(
            lines("explain").last
                == "  Given the order that hits each quote, the market maker expects to break even: any expected loss to informed traders on that side is paid by uninformed ones."
        )
    }

    /// V 100/104, θ = 0.9, c = 0.3: a1 = E[V | buy] + c = 64.34/0.62 + 0.3 ≈ 104.0774 is not below
    /// V_H, while a0 = E[V | buy, informed stay out] + c = 0.9·104 + 0.1·100 + 0.3 = 103.9 is, so the
    /// ask is V_H = 104 and a buy there earns 104 − 103.6 = 0.4 in expectation, more than c.
    @Test func aQuoteAtTheValueBoundEarnsMoreThanTheCost() {
        let last = lines("set low 100; set high 104; set prior 0.9; set cost 0.3; explain").last ?? ""
        #expect(
            last.contains(
                "an order at the ask earns the market maker +0.4000 in expectation, more than c = 0.3: the ask sits at V_H = 104"
            ))
        #expect(last.contains("an order at the bid earns the market maker +0.3000 in expectation"))
    }

    /// Defaults (96/104, θ = ½, μ = 0.3) with c = 3: a1 = 101.2 + 3 = 104.2 ≥ V_H, so informed
    /// buyers stay out and a buy says nothing (E[V | buy] = 100); the ask is max(104, 100 + 3) = 104,
    /// and a buy earns 104 − 100 = 4 in expectation, not c = 3. The bid mirrors it.
    @Test func bothQuotesAtTheValueBounds() {
        let last = lines("set cost 3; explain").last ?? ""
        #expect(
            last.contains(
                "an order at the ask earns the market maker +4.0000 in expectation, more than c = 3: the ask sits at V_H = 104"
            ))
        #expect(
            last.contains(
                "an order at the bid earns the market maker +4.0000 in expectation, more than c = 3: the bid sits at V_L = 96"
            ))
        #expect(!last.contains("expected profit is c"))
    }
}
