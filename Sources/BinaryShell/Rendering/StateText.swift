import MarketModel
import ShellKit

/// `state`: the market maker's beliefs, E[V], and nature's hidden truth.
struct StateText {
    let session: Session

    var lines: [Line] {
        let market = session.market
        let labels = StateLabels(parameters: market.parameters)
        let p = market.belief.probability
        var lines = [Line("t=\(market.time)  the market maker's beliefs", .heading)]
        let width = labels.shown.map { labels.label($0).count }.max() ?? 0
        for state in labels.shown {
            lines.append(
                Line("  " + Format.pad("P(\(labels.label(state)))", width + 3) + "= \(Format.probability(p[state]))"))
        }
        if market.parameters.alpha < 1 {
            lines.append(
                Line(
                    "  P(event) = π_B + π_G = \(Format.probability(market.belief.pEvent))   (are informed traders active?)"
                ))
        }
        let quote = market.quote
        lines.append(Line("  E[V] = \(Format.price(quote.expectedValue))"))
        lines += QuoteText.lines(quote, parameters: market.parameters).map {
            Line("  " + $0.plain, $0.spans.count > 1 ? .plain : .warning)
        }
        lines.append(
            Line(
                "  Hidden: truth \(session.truth.rawValue), true value \(Format.value(session.trueValue)); the market maker's error E[V] − V = \(Format.change(quote.expectedValue - session.trueValue))",
                .hidden))
        return lines
    }
}
