import MarketModel
import ShellKit

/// `explain`: the current bid and ask derived step by step from the beliefs.
struct ExplainText {
    let market: Market

    var lines: [Line] {
        let quote = market.quote
        var lines = [Line("t=\(market.time)  where the quotes come from", .heading), expectedValue]
        for side in [Side.ask, .bid] {
            lines += derivation(side)
        }
        lines.append(Line("  " + Self.verdict(market), quote.isClosed ? .warning : .dim))
        return lines
    }

    /// What the quotes promise, read off whether each side stands, the cost, and the expected
    /// profit of an order that hits each side (more than c where a price sits at a value bound).
    static func verdict(_ market: Market) -> String {
        let quote = market.quote
        let parameters = market.parameters
        if quote.isClosed, quote.ask.hasNoBreakEven || quote.bid.hasNoBreakEven {
            return
                "The market has shut: both sides are withdrawn (the lines above say why), so no order trades and beliefs stay frozen until a parameter changes (a larger elastic C, elastic off, or a lower mu)."
        }
        if quote.isClosed {
            // One side reopening is enough to trade again: the narrower side's half-spread decides.
            let half = min(quote.ask.halfSpread ?? .infinity, quote.bid.halfSpread ?? .infinity)
            let reopen = MarketError.reopening(
                halfSpread: half, tolerance: parameters.tolerance, cost: parameters.cost, mu: parameters.mu)
            return
                "The market has shut: both sides are withdrawn, so these break-even prices are only what the market maker would need; no order trades and beliefs stay frozen until a parameter changes (\(reopen))."
        }
        let c = parameters.cost
        let open = [Side.ask, .bid].filter { quote[$0].isOpen }
        // E[profit | the order that hits the side], with the participation at this quote.
        let profits = open.map { side -> (Side, Double?) in
            let order = side.order
            guard let price = quote[side].price,
                let posterior = market.belief.conditioned(on: parameters.likelihood(of: order, at: quote))?.posterior
            else { return (side, nil) }
            let value = posterior.expectedValue(of: parameters.values)
            return (side, side == .ask ? price - value : value - price)
        }
        let atCost = profits.allSatisfy { $0.1.map { abs($0 - c) <= 1e-9 * max(1, abs(c)) } ?? true }
        let stands =
            open.count == 2
            ? "Given the order that hits each quote"
            : "Only the \(open.first.map { $0 == .ask ? "ask" : "bid" } ?? "neither side") stands; given an order that hits it"
        if atCost {
            let profit =
                c > 0
                ? "the market maker's expected profit is c = \(Format.number(c)) per trade, which pays the cost; net of it, any expected loss to informed traders on that side is paid by uninformed ones"
                : "the market maker expects to break even: any expected loss to informed traders on that side is paid by uninformed ones"
            return "\(stands), \(profit)."
        }
        let parts = profits.compactMap { side, profit -> String? in
            guard let profit else { return nil }
            let name = side == .ask ? "ask" : "bid"
            let bound = side == .ask ? "V_H" : "V_L"
            let more =
                profit > c + 1e-9 * max(1, c)
                ? ", more than c = \(Format.number(c)): the \(name) sits at \(bound) = \(Format.value(side == .ask ? parameters.high : parameters.low)), where informed traders stay out, beyond the price that would just break even"
                : ""
            return "an order at the \(name) earns the market maker \(Format.change(profit)) in expectation\(more)"
        }
        return "\(stands), " + parts.joined(separator: "; ") + "."
    }

    /// `E[V] = Σ P(s)·v_s = …`: the market maker's expected value with its numbers.
    var expectedValue: Line {
        let p = market.belief.probability
        let v = market.parameters.values
        let terms = StateLabels(parameters: market.parameters).shown.map {
            "\(Format.probability(p[$0])) × \(Format.value(v[$0]))"
        }.joined(separator: " + ")
        return Line("  E[V]  = Σ P(s)·v_s = \(terms) = \(Format.price(market.quote.expectedValue))")
    }

    /// One side's quote derived from the beliefs, with its check against the tolerance.
    func derivation(_ side: Side) -> [Line] {
        derivation(side, quote: market.quote, states: StateLabels(parameters: market.parameters).shown)
    }

    private func derivation(_ side: Side, quote: Quote, states: [MarketState]) -> [Line] {
        if quote[side].elastic != nil { return ElasticText.explainLines(side, market: market) }
        let parameters = market.parameters
        let o = side.order.word
        let p = market.belief.probability
        let v = parameters.values
        let l = parameters.likelihood(of: side.order)
        let name = side == .ask ? "ask" : "bid"
        let sign = side == .ask ? "+" : "−"
        let weights = states.map { "\(Format.probability(p[$0]))×\(Format.probability(l[$0]))" }
        let numerator = states.map {
            "\(Format.probability(p[$0]))×\(Format.probability(l[$0]))×\(Format.value(v[$0]))"
        }
        let top = states.map { p[$0] * l[$0] * v[$0] }.reduce(0, +)
        let bottom = states.map { p[$0] * l[$0] }.reduce(0, +)
        var lines =
            [
                Line(
                    "  \(quote[side].informedTrade ? name : (side == .ask ? "a1 " : "b1 "))   = E[V | \(o)] \(sign) c = Σ P(s)·P(\(o)|s)·v_s / Σ P(s)·P(\(o)|s) \(sign) c"
                ),
                Line(
                    "        = (\(numerator.joined(separator: " + "))) / (\(weights.joined(separator: " + "))) \(sign) \(Format.number(parameters.cost))"
                ),
                Line(
                    "        = \(Format.price(top)) / \(Format.probability(bottom)) \(sign) \(Format.number(parameters.cost)) = \(Format.price(quote[side].withInformed))"
                ),
            ] + ParticipationText(parameters: parameters).explainLines(side, market: market)
        if let half = quote[side].halfSpread {
            let limit =
                parameters.toleranceIsOff
                ? "tolerance off: uninformed traders always trade"
                : "tolerance \(Format.price(parameters.tolerance)): \(quote[side].isWithdrawn ? "too wide, the \(name) is withdrawn" : "within it, the \(name) stands")"
            lines.append(
                Line(
                    "        half-spread \(side == .ask ? "ask − E[V]" : "E[V] − bid") = \(Format.price(half)); \(limit)",
                    quote[side].isWithdrawn ? .warning : .dim))
        }
        return lines
    }
}
