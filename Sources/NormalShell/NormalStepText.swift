import NormalValue
import ShellKit

/// The classroom view of one normal-model step: the fixed point the order met with its numbers,
/// P(trader informed | order), the posterior's mean and sd, the new quotes and why they moved,
/// and what the market maker cannot see. Every number comes from the `NormalBayesStep`.
struct NormalStepText {
    let step: NormalBayesStep
    let parameters: NormalParameters
    /// Nature's v (hidden from the market maker).
    let truthValue: Double

    var word: String { step.order == .none ? "no trade" : step.order.word }
    private var tone: Tone { step.order == .buy ? .buy : (step.order == .sell ? .sell : .heading) }

    /// All lines (laid out to fit one screen when `compact`), or one compact row.
    func lines(_ detail: Detail, compact: Bool = false) -> [Line] {
        if detail == .brief { return [row] }
        return compact
            ? [headline] + compactFixedPoint + compactInformed + compactPosterior + QuoteMoves.compactLines(quoteRows)
                + compactWhy + compactHidden
            : [headline] + fixedPoint + informed + posterior + quotes + why + hidden
    }

    /// `t=1  buy at 0.4363  -0.1203|0.9211  spread 1.0414  E[v] 0.4363 sd 0.8804  (informed)`.
    private var row: Line {
        let fill = step.fillPrice.map { " at \(Format.price($0))" } ?? ""
        let q = step.quoteAfter
        let withdrawn = NormalQuoteText.isWithdrawn(q.bid) || NormalQuoteText.isWithdrawn(q.ask)
        let spread = withdrawn ? "" : "  spread \(Format.price(q.spread))"
        let text =
            "  \(NormalQuoteText.side(q.bid))|\(NormalQuoteText.side(q.ask))\(spread)"
            + "  E[v] \(Format.price(step.meanAfter)) sd \(Format.price(step.standardDeviationAfter))"
        var spans = [Span("t=\(step.time)  "), Span(word, tone), Span(fill + text)]
        if step.trader != .unknown { spans.append(Span("  (\(step.trader.tapeWord))", .hidden)) }
        return Line(spans)
    }

    var headline: Line {
        switch step.order {
        case .buy, .sell:
            let where_ = step.order == .buy ? "ask" : "bid"
            return Line([
                Span("t=\(step.time)  "), Span(word, tone),
                Span(" filled at the \(where_) \(Format.price(step.fillPrice))"),
            ])
        case .none:
            return Line([Span("t=\(step.time)  "), Span("no trade", .heading), Span(" this period")])
        }
    }

    var elastic: Bool { parameters.elastic != .off }

    /// 1 − ε_b − ε_s, or with elastic demand 1 − ε_b·f − ε_s·g at the quotes the arrival met.
    var uninformedStayOut: Double {
        guard elastic else { return parameters.epsNone }
        let q = step.quoteBefore
        return parameters.participating(buy: q.ask.participation, sell: q.bid.participation).epsNone
    }

    /// The fixed point the order met, checked at its price; for no trade, P(no trade).
    var fixedPoint: [Line] {
        guard let equation = step.equation else {
            let p = parameters
            let b = NormalQuoteText.side(step.quoteBefore.bid)
            let a = NormalQuoteText.side(step.quoteBefore.ask)
            return [
                Line("  No trade      the arrival met b = \(b) and a = \(a)", .heading),
                Line(
                    "    P(b ≤ v ≤ a) = \(Format.probability(step.informedPieceProbability))   (informed traders stay out there)"
                ),
                Line("    E[v | b ≤ v ≤ a] = \(Format.price(step.informedPieceMean))"),
                Line("    P(no trade) = μ·P(b ≤ v ≤ a) + (1−μ)(1−ε_b\(elastic ? "·f" : "")−ε_s\(elastic ? "·g" : ""))"),
                Line(
                    "                = \(Format.number(p.mu)) × \(Format.probability(step.informedPieceProbability)) + \(Format.number(1 - p.mu)) × \(Format.number(uninformedStayOut)) = \(Format.probability(step.evidence))"
                ),
            ]
        }
        let side = step.order == .buy ? "ask" : "bid"
        return [Line("  Fixed point   the \(side) the order met, with the numbers filled in", .heading)]
            + NormalEquationText(
                equation: equation, mills: step.millsRatio.map { ($0.z, $0.lambda) }, mean: parameters.mean,
                sigma: parameters.sigma,
                elastic: step.quoteBefore[step.order == .buy ? .ask : .bid].fixedPoint.flatMap { fixed in
                    fixed.scale.map { (fixed.participation, $0) }
                }
            ).lines()
    }

    var piece: String {
        switch step.order {
        case .buy: "v > a"
        case .sell: "v < b"
        case .none: "b≤v≤a"
        }
    }

    var informed: [Line] {
        [
            Line("  Informed?     P(trader informed | \(word)) = μ·P(\(piece)) / P(\(word))"),
            Line(
                "                = \(Format.number(parameters.mu)) × \(Format.probability(step.informedPieceProbability)) / \(Format.probability(step.evidence)) = \(Format.probability(step.pInformed))"
            ),
        ]
    }

    /// E[v | order] = E[v] + P(I | order)·(E[v | piece] − E[v]), and sd, before and after.
    var posterior: [Line] {
        let before = Format.price(step.meanBefore)
        let after = Format.price(step.meanAfter)
        var lines = [Line("  Posterior     E[v | \(word)] = E[v] + P(I | \(word))·(E[v | \(piece)] − E[v])")]
        if let pieceMean = step.informedPieceMean {
            let shift = Format.change(pieceMean - step.meanBefore)
            lines.append(
                Line("                = \(before) + \(Format.probability(step.pInformed)) × (\(shift)) = \(after)"))
        } else {
            lines.append(Line("                = \(before)   (no mass where informed traders send this order)"))
        }
        lines.append(
            Line(
                "                sd[v]: \(Format.price(step.standardDeviationBefore)) → \(Format.price(step.standardDeviationAfter))"
            ))
        if let price = step.fillPrice {
            let target = step.order == .buy ? price - parameters.cost : price + parameters.cost
            let name = step.order == .buy ? "a − c" : "b + c"
            if Format.price(step.meanAfter) == Format.price(target) {
                lines.append(
                    Line("                E[v | \(word)] = \(name) = \(Format.price(target)) (zero expected profit)"))
            } else {
                lines.append(
                    Line(
                        "                E[v | \(word)] differs from \(name) = \(Format.price(target)) by \(Format.change(step.meanAfter - target))"
                    ))
            }
        }
        return lines
    }

    private var quotes: [Line] { QuoteMoves.lines(quoteRows) }

    /// Bid, ask, spread and mid before and after the order.
    var quoteRows: [(name: String, before: QuoteMoves.Cell, after: QuoteMoves.Cell)] {
        let a = step.quoteBefore
        let b = step.quoteAfter
        return [
            ("bid", NormalQuoteText.cell(a.bid), NormalQuoteText.cell(b.bid)),
            ("ask", NormalQuoteText.cell(a.ask), NormalQuoteText.cell(b.ask)),
            ("spread", .init(a.spread), .init(b.spread)), ("mid", .init(a.mid), .init(b.mid)),
        ]
    }

    /// Why the quotes moved, read off the numbers: E[v] and sd before and after. A move is named by
    /// its size as printed, so "rose" never stands beside "0.0000".
    private var why: [Line] {
        let moved = step.meanAfter - step.meanBefore
        var lines = [Line("  Why           " + whyClause(compact: false) + ";")]
        let mean = Self.moved(moved, up: "rose", down: "fell")
        lines.append(Line("                E[v] \(mean): quotes are the new belief's fixed points"))
        if let s0 = step.quoteBefore.spread, let s1 = step.quoteAfter.spread {
            let verb = Self.moved(s1 - s0, up: "widened", down: "narrowed")
            lines.append(Line("                the spread \(verb) (\(Format.price(s0)) → \(Format.price(s1)))"))
        }
        return lines
    }

    /// Which orders are likelier where v lies, the first clause of the why (in the compact row's
    /// shorter words when compact).
    func whyClause(compact: Bool) -> String {
        if parameters.mu == 0 {
            return compact
                ? "with μ = 0 the order says nothing about v"
                : "with μ = 0 nobody is informed, so the order says nothing about v"
        }
        switch step.order {
        case .buy: return "a buy is likelier when v > a" + (compact ? "" : " (informed traders buy then)")
        case .sell: return "a sell is likelier when v < b" + (compact ? "" : " (informed traders sell then)")
        case .none: return "a no-trade is likelier when b ≤ v ≤ a" + (compact ? "" : " (informed stay out)")
        }
    }

    /// "rose by 0.3172", "fell by 0.3172", "stayed", or "moved by less than 0.00005" when the change
    /// is not 0 but prints as 0.0000.
    static func moved(_ change: Double, up: String, down: String) -> String {
        if change == 0 { return "stayed" }
        if Format.price(abs(change)) == Format.price(0) { return "moved by less than 0.00005" }
        return "\(change > 0 ? up : down) by \(Format.price(abs(change)))"
    }

    private var hidden: [Line] {
        var parts: [String] = []
        if let trader = step.trader.hiddenClause(compact: false) { parts.append(trader) }
        parts.append("true value v = \(Format.price(truthValue))")
        var lines = [Line("  Hidden        " + parts.joined(separator: "; "), .hidden)]
        if let profit = step.realisedProfit, let expected = step.expectedProfit {
            lines.append(Line("                market maker's profit on this order \(Format.change(profit))", .hidden))
            lines.append(Line("                (expected \(Format.change(expected)) given the order)", .hidden))
        }
        return lines
    }
}
