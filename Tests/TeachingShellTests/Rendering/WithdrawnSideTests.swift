@testable import BinaryShell
import Foundation
import ShellTestSupport
import Testing

@testable import MarketModel
@testable import ShellKit

/// A withdrawn side has no price, so no spread and no mid: not on the quote line, in a Bayes step's
/// Quotes rows or Why, a compact row, a run row, a JSON record or an export (issue 22 item 17).
///
/// The market of lesson gm1985: V ∈ {1, 11}, μ = 0.3, uninformed buyers and sellers with chance ½, C = E[V]. At
/// θ = 0.3, E[V] = 4 and the ask's break-even quadratic 0.0875·x² − 0.44·x + 0.63 = 0 has
/// 0.44² = 0.1936 < 4 × 0.0875 × 0.63 = 0.2205: no root, the ask is withdrawn. The old line showed it
/// at E[V] + max(V_H − E, C) = 4 + 7 = 11.
struct WithdrawnSideTests {
    private func gm1985(_ shell: inout Interpreter) throws {
        for line in ["set low 1", "set high 11", "set elastic value", "set prior 0.3"] { _ = try requireReply(&shell, line) }
    }

    /// The withdrawn ask's would-be price 11 = 4 + 7, and the old spread 11 − bid, never appear.
    @Test func elasticWithdrawnAskHasNoPriceOnTheQuoteLine() throws {
        var shell = Interpreter.forTests()
        try gm1985(&shell)
        // The ask's quadratic at θ = 0.3 has no root (see the type's summary).
        let b: Double = 0.35 + 0.09, fourAD: Double = 4 * (0.35 / 4) * (0.09 * 7)
        #expect(b * b < fourAD)
        let quote = try requireReply(&shell, "quote")
        let first = try #require(quote.plainText.split(separator: "\n").first.map(String.init))
        #expect(first.hasPrefix("bid ") && first.hasSuffix("ask withdrawn"))
        #expect(!first.contains("spread") && !first.contains("mid") && !first.contains("11.0000"))
        #expect(quote.record.ask == nil && quote.record.spread == nil && quote.record.mid == nil)
        #expect(quote.record.bid != nil && quote.record.askClosed == true)
        #expect(quote.record.json.contains("\"ask\":null") && quote.record.json.contains("\"spread\":null"))
        #expect(quote.record.json.contains("\"mid\":null"))
    }

    /// Three sells take P(V = 11) from 0.3 below 0.06, where the ask breaks even again (the lesson's
    /// sweep: withdrawn from θ = 0.06 to 0.36). The step that reopens it shows no move from a price
    /// that did not exist and no sentence about the spread's change.
    @Test func reopeningAskShowsNoMoveFromAWithdrawnPrice() throws {
        var shell = Interpreter.forTests()
        try gm1985(&shell)
        var texts: [String] = []
        for _ in 0..<3 { texts.append(try requireReply(&shell, "sell").plainText) }
        // P(V=11) after each sell, from the lesson's likelihoods at each quote, is below 0.36 and the
        // ask is withdrawn after the first two; after the third it is open.
        let market = shell.session.binary.market
        #expect(market.belief.pHigh < 0.06 && market.quote.ask.isOpen)
        for text in texts {
            #expect(!text.contains("11.0000"))
            #expect(!text.contains("spread narrowed") && !text.contains("spread widened"))
            #expect(!text.contains("The spread did not change"))
        }
        let last = texts[2]
        #expect(last.contains("ask reopened"))
        let askRow = try #require(last.split(separator: "\n").first { $0.contains("ask ") && $0.contains("→") })
        #expect(askRow.contains("withdrawn →") && !askRow.contains("("))
        let spreadRow = try #require(last.split(separator: "\n").first { $0.contains("spread ") && $0.contains("→") })
        #expect(spreadRow.contains("— →") && !spreadRow.contains("("))
        // While withdrawn, a compact row names the side and has no spread.
        var brief = Interpreter.forTests()
        try gm1985(&brief)
        _ = try requireReply(&brief, "set detail brief")
        let row = try requireReply(&brief, "sell").plainText
        #expect(row.contains("|withdrawn") && !row.contains("spread"))
    }

    /// `set tolerance 1.2` at μ = 0.3: each side needs μ·(110 − 100)/2 = 1.5 > 1.2, so both are
    /// withdrawn and the line shows no price at all (it showed 103.5 | 106.5, spread 3).
    @Test func toleranceBreakdownHasNoPrice() throws {
        var shell = Interpreter.forTests()
        for line in ["set low 100", "set high 110", "set tolerance 1.2", "set mu 0.3"] { _ = try requireReply(&shell, line) }
        let quote = try requireReply(&shell, "quote")
        let first = try #require(quote.plainText.split(separator: "\n").first.map(String.init))
        #expect(first == "bid withdrawn  ask withdrawn  market closed")
        #expect(!quote.plainText.contains("103.5000") && !quote.plainText.contains("106.5000"))
        #expect(quote.record.bid == nil && quote.record.ask == nil)
        #expect(quote.record.spread == nil && quote.record.mid == nil)
        // The break-even half-spread 1.5 is still named, as what the market maker would need.
        #expect(quote.plainText.contains("breaking even needs 1.5000"))
        // run: every row reads withdrawn on both sides (no trade can happen).
        let rows = try requireReply(&shell, "run 2").plainText
        #expect(!rows.contains("103.5000") && !rows.contains("106.5000"))
    }

    /// `run` rows and the tape behind exports: a withdrawn side is `withdrawn`, nil in the rows.
    @Test func runRowsAndTapeHaveNoWithdrawnPrice() throws {
        var shell = Interpreter.forTests()
        try gm1985(&shell)
        _ = try requireReply(&shell, "set seed 7")
        let text = try requireReply(&shell, "run 3").plainText
        #expect(text.contains("withdrawn") && !text.contains("11.0000"))
        let session = shell.session.binary
        for row in session.rows(0...session.periods) {
            let quote = row.ask == nil || row.bid == nil
            #expect(!quote || (row.spread == nil && row.mid == nil))
            #expect(row.ask.map { $0 < 11 } ?? true)
        }
        #expect(session.rows(0...0).first?.ask == nil)
    }

    /// The normal model with C = 1 (μ = 0.3, σ = 4): no side breaks even; both read `withdrawn`.
    @Test func normalWithdrawnSidesReadWithdrawn() throws {
        var shell = Interpreter.forTests()
        for line in ["model normal", "set elastic 1"] { _ = try requireReply(&shell, line) }
        let quote = try requireReply(&shell, "quote")
        let first = try #require(quote.plainText.split(separator: "\n").first.map(String.init))
        #expect(first == "bid withdrawn  ask withdrawn")
        #expect(quote.record.spread == nil && quote.record.mid == nil && quote.record.ask == nil)
    }

    /// The simulation's spread at t = 0 over sessions of the gm1985 market: the ask is withdrawn in
    /// every one, so there is no spread to average (it averaged 11 − bid = 8.4564 before).
    @Test func simulatedSpreadSkipsWithdrawnSides() {
        var p = Parameters()
        p.low = 1
        p.high = 11
        p.prior = 0.3
        p.mu = 0.3
        p.elastic = .value
        let plan = SimulationPlan(parameters: p, sessions: 4, arrivals: 10, seed: 3, truth: .high)
        var summary = SimulationSummary(plan: plan)
        SessionSimulator(plan: plan).run(sessions: 0..<4, into: &summary)
        let opening = summary.spread[0]
        #expect(opening.time == 0 && opening.sessions == 4)
        #expect(opening.meanSpread == nil && opening.undefined == 4 && opening.oneSideClosed == 4)
        // Roll's quoted spread averages only trades met with both sides open.
        #expect(summary.roll.quotedTrades <= summary.roll.trades)
    }
}
