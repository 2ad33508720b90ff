import Foundation
import MarketModel
import ShellKit

/// The classroom view of one Bayes step: the order, Bayes' rule with the numbers filled in,
/// the odds form, P(informed | order), the quotes before and after, why they moved, and what
/// the market maker cannot see. Every number comes from the `BayesStep` that updated the market.
struct StepText {
    let step: BayesStep
    let parameters: Parameters
    let truth: Truth

    private var labels: StateLabels { StateLabels(parameters: parameters) }
    private var word: String { step.order == .none ? "no trade" : step.order.word }

    var lines: [Line] {
        [headline] + bayes + ElasticText.stepLines(step, parameters: parameters) + odds + informed + ParticipationText(parameters: parameters).stepLines(step) + quotes + [
            why
        ] + hidden(compact: false)
    }

    /// The lines at a level of detail: all of them (in a compact layout when the reply must fit
    /// one screen), or one compact row (and any withdrawn side).
    func lines(_ detail: Detail, compact: Bool = false) -> [Line] {
        detail == .full ? (compact ? compactLines : lines) : [row] + withdrawals(indent: "")
    }

    /// Why a side is withdrawn, in full when it has just closed and in a few words when it was
    /// closed before this order too (a frozen market does not repeat its reasons every period).
    func withdrawals(indent: String) -> [Line] {
        let a = step.quoteBefore
        let b = step.quoteAfter
        var fresh: Set<String> = []
        var still: [String] = []
        for (name, before, after) in [("ask", a.ask, b.ask), ("bid", a.bid, b.bid)] {
            if before.isWithdrawn, after.isWithdrawn, after.hasNoBreakEven {
                still.append("\(name) (no break-even price)")
            } else if before.isWithdrawn, after.isWithdrawn, let half = after.halfSpread {
                still.append("\(name) (needs \(Format.price(half)))")
            } else {
                fresh.insert(name)
            }
        }
        var lines = QuoteText.withdrawal(b, parameters: parameters, sides: fresh).map {
            Line(indent + $0.plain, .warning)
        }
        if !still.isEmpty {
            let limit = parameters.toleranceIsOff ? "" : ", tolerance \(Format.price(parameters.tolerance))"
            lines.append(Line("\(indent)still withdrawn: \(still.joined(separator: " and "))\(limit)", .warning))
        }
        return lines
    }

    /// `t=2  buy at 101.5352  101.0357|102.0811  spread 1.0454  P(V=104) 0.3521`: the new bid|ask
    /// as the prompt writes them.
    private var row: Line {
        let tone: Tone = step.order == .buy ? .buy : (step.order == .sell ? .sell : .heading)
        let fill = step.fillPrice.map { " at \(Format.price($0))" } ?? ""
        let q = step.quoteAfter
        var text = "  \(QuoteText.side(q.bid))|\(QuoteText.side(q.ask))"
        if !q.ask.isWithdrawn, !q.bid.isWithdrawn { text += "  spread \(Format.price(q.openSpread))" }
        text += "  P(V=\(labels.high)) \(Format.probability(step.posterior.pHigh))"
        if parameters.alpha < 1 { text += " P(event) \(Format.probability(step.posterior.pEvent))" }
        var spans = [Span("t=\(step.time)  "), Span(word, tone), Span(fill + text)]
        if step.trader != .unknown {
            spans.append(Span("  (\(step.trader == .informed ? "informed" : "noise"))", .hidden))
        }
        return Line(spans)
    }

    var headline: Line {
        let tone: Tone = step.order == .buy ? .buy : (step.order == .sell ? .sell : .plain)
        switch step.order {
        case .buy:
            return Line([
                Span("t=\(step.time)  "), Span("buy", tone), Span(" filled at the ask \(Format.price(step.fillPrice))"),
            ])
        case .sell:
            return Line([
                Span("t=\(step.time)  "), Span("sell", tone),
                Span(" filled at the bid \(Format.price(step.fillPrice))"),
            ])
        case .none: return Line([Span("t=\(step.time)  "), Span("no trade", .heading), Span(" this period")])
        }
    }

    var bayes: [Line] {
        let o = step.order == .none ? "no trade" : step.order.word
        let prior = step.prior.probability
        let joint = step.joint
        let posterior = step.posterior.probability
        let evidence = step.evidence
        var lines = [Line("  Bayes' rule   P(s | \(o)) = P(s) × P(\(o) | s) / P(\(o))", .heading)]
        for state in labels.shown {
            lines.append(
                Line(
                    "    \(labels.padded(state))   \(Format.probability(prior[state])) × \(Format.probability(step.likelihood[state])) = \(Format.probability(joint[state]))   / \(Format.probability(evidence)) = \(Format.probability(posterior[state]))"
                ))
        }
        let terms = labels.shown.map { Format.probability(joint[$0]) }.joined(separator: " + ")
        lines.append(Line("    P(\(o)) = \(terms) = \(Format.probability(evidence))"))
        return lines
    }

    var odds: [Line] {
        let prior = step.prior.logProbability
        let post = step.posterior.logProbability
        let lr = step.logLikelihoodRatio
        var lines: [Line] = []
        if lr.isFinite, (prior.good - prior.bad).isFinite {
            lines.append(
                Line(
                    "  Odds form     odds(V = \(labels.high) : V = \(labels.low)) = \(Format.probability(exp(prior.good - prior.bad))) × \(Format.probability(step.likelihood.good))/\(Format.probability(step.likelihood.bad)) = \(Format.probability(exp(prior.good - prior.bad))) × \(Format.probability(exp(lr))) = \(Format.probability(exp(post.good - post.bad)))"
                ))
        }
        if parameters.alpha < 1 {
            let before = step.prior.pEvent
            let after = step.posterior.pEvent
            let eventOdds = before / (1 - before)
            let eventLR = step.eventLikelihoodRatio
            lines.append(
                Line(
                    "  Event         P(event) = π_B + π_G: \(Format.probability(before)) → \(Format.probability(after));  odds(event : none) = \(Format.probability(eventOdds)) × \(Format.probability(eventLR)) = \(Format.probability(after / (1 - after)))"
                ))
        }
        return lines
    }

    var informed: [Line] {
        let prior = step.prior.probability
        let senders = parameters.informedLikelihood(of: step.order, at: step.quoteBefore)
        let terms = labels.shown.filter { senders[$0] > 0 }
            .map { "\(Format.probability(prior[$0])) × \(Format.probability(senders[$0]))" }
        let arithmetic =
            terms.isEmpty
            ? "0 (no informed trader sends \(word) now)"
            : "\(terms.count > 1 ? "(" + terms.joined(separator: " + ") + ")" : terms[0]) / \(Format.probability(step.evidence)) = \(Format.probability(step.pInformed))"
        let left = step.order == .none && !terms.isEmpty ? ParticipationText.noTradeSenders(step.quoteBefore) : ""
        return [Line("  Informed?     P(trader informed | \(word)) = \(arithmetic)\(left)")]
    }

    private var quotes: [Line] {
        QuoteMoves.lines(quoteRows) + quoteNotes
    }

    /// Bid, ask, spread and mid before and after the order.
    var quoteRows: [(name: String, before: QuoteMoves.Cell, after: QuoteMoves.Cell)] {
        let a = step.quoteBefore
        let b = step.quoteAfter
        return [
            ("bid", QuoteText.cell(a.bid), QuoteText.cell(b.bid)), ("ask", QuoteText.cell(a.ask), QuoteText.cell(b.ask)),
            ("spread", .init(a.openSpread), .init(b.openSpread)), ("mid", .init(a.openMid), .init(b.openMid)),
        ]
    }

    /// Under the quotes: a side withdrawn or reopened by this order.
    var quoteNotes: [Line] {
        let a = step.quoteBefore
        let b = step.quoteAfter
        var lines = withdrawals(indent: "  ")
        for (name, before, after) in [("ask", a.ask, b.ask), ("bid", a.bid, b.bid)]
        where before.isWithdrawn && after.isOpen {
            if let elastic = after.elastic, parameters.toleranceIsOff || before.hasNoBreakEven {
                lines.append(
                    Line(
                        "  \(name) reopened: it breaks even again against elastic demand, \(Format.price(elastic.distance)) from E[V]",
                        .buy))
                continue
            }
            lines.append(
                Line(
                    "  \(name) reopened: its break-even half-spread is now \(Format.price(after.halfSpread ?? 0)), within the tolerance \(Format.price(parameters.tolerance))",
                    .buy))
        }
        return lines
    }

    private var why: Line {
        Line("  Why           " + Explanation(step: step, parameters: parameters, labels: labels).text)
    }

    /// Who came, what nature hid and the market maker's profit; compact: the one-line row's words
    /// (`true value 104; market maker's profit −3.0000 (expected ±0.0000)`).
    func hidden(compact: Bool) -> [Line] {
        var parts: [String] = []
        if let trader = step.trader.hiddenClause(compact: compact) { parts.append(trader) }
        if step.wanted != step.order {
            parts.append("it wanted to \(step.wanted.word) but that side is withdrawn, so it left")
        }
        if let stayedOut = ParticipationText(parameters: parameters).hiddenClause(step) { parts.append(stayedOut) }
        parts.append("true value \(Format.value(step.trueValue))" + (compact ? "" : " (truth \(truth.rawValue))"))
        if let profit = step.realisedProfit, let expected = step.expectedProfit(values: parameters.values) {
            parts.append(
                compact
                    ? "market maker's profit \(Format.change(profit)) (expected \(Format.change(expected)))"
                    : "market maker's profit on this order \(Format.change(profit)) (expected \(Format.change(expected)) given the order)"
            )
        }
        return [Line("  Hidden        " + parts.joined(separator: "; "), .hidden)]
    }
}
