import MarketModel

/// `explain`: the current bid and ask derived step by step from the beliefs.
struct ExplainText {
    let market: Market

    var lines: [Line] {
        let parameters = market.parameters
        let labels = StateLabels(parameters: parameters)
        let p = market.belief.probability
        let v = parameters.values
        let quote = market.quote
        let states = labels.shown
        var lines = [Line("t=\(market.time)  where the quotes come from", .heading)]
        let terms = states.map { "\(Format.probability(p[$0])) × \(Format.value(v[$0]))" }.joined(separator: " + ")
        lines.append(Line("  E[V]  = Σ P(s)·v_s = \(terms) = \(Format.price(quote.expectedValue))"))
        for side in [Side.ask, .bid] {
            lines += derivation(side, quote: quote, states: states)
        }
        lines.append(Line("  " + Self.verdict(quote, parameters: parameters), quote.isClosed ? .warning : .dim))
        return lines
    }

    /// What the quotes promise, read off whether each side stands and whether there is a cost.
    static func verdict(_ quote: Quote, parameters: Parameters) -> String {
        if quote.isClosed {
            return "The market has shut: both sides are withdrawn, so these break-even prices are only what the market maker would need; no order trades and beliefs stay frozen until a parameter changes (lower mu or cost, or raise tolerance)."
        }
        let open = [Side.ask, .bid].filter { quote[$0].isOpen }
        let slack = 1e-9 * max(1, abs(quote.expectedValue))
        let rents = open.compactMap { side in quote[side].rent.map { (side, $0) } }.filter { $0.1 > slack }
        if !rents.isEmpty { return rentVerdict(rents, quote: quote, parameters: parameters) }
        let profit = parameters.cost > 0
            ? "the market maker's expected profit is c = \(Format.number(parameters.cost)) per trade, which pays the cost; net of it, any expected loss to informed traders on that side is paid by uninformed ones"
            : "the market maker expects to break even: any expected loss to informed traders on that side is paid by uninformed ones"
        if open.count == 2 { return "Given the order that hits each quote, \(profit)." }
        let side = open.first.map { $0 == .ask ? "ask" : "bid" } ?? "neither side"
        return "Only the \(side) stands; given an order that hits it, \(profit)."
    }

    /// Where a side stands at the value bound above its break-even price (informed traders stay out,
    /// and any better price would draw them in), its expected profit exceeds c by that distance.
    private static func rentVerdict(_ rents: [(Side, Double)], quote: Quote, parameters: Parameters) -> String {
        let parts = rents.map { side, rent in
            let (name, bound, first) = side == .ask ? ("ask", "V_H", "a1") : ("bid", "V_L", "b1")
            let a1 = quote[side].withInformed.map { " (\(first) = \(Format.price($0)))" } ?? ""
            return "given an order on the \(name), the market maker expects \(Format.price(parameters.cost + rent)) a trade, "
                + "\(Format.price(rent)) more than c = \(Format.number(parameters.cost)): informed traders stay out at \(bound) = \(Format.price(quote[side].price)), "
                + "and a better \(name) would draw them in and lose\(a1)"
        }
        return parts.joined(separator: "; ").prefix(1).uppercased() + parts.joined(separator: "; ").dropFirst() + "."
    }

    private func derivation(_ side: Side, quote: Quote, states: [MarketState]) -> [Line] {
        let parameters = market.parameters
        let o = side.order.word
        let p = market.belief.probability, v = parameters.values
        let l = parameters.likelihood(of: side.order)
        let name = side == .ask ? "ask" : "bid"
        let sign = side == .ask ? "+" : "−"
        let weights = states.map { "\(Format.probability(p[$0]))×\(Format.probability(l[$0]))" }
        let numerator = states.map { "\(Format.probability(p[$0]))×\(Format.probability(l[$0]))×\(Format.value(v[$0]))" }
        let top = states.map { p[$0] * l[$0] * v[$0] }.reduce(0, +)
        let bottom = states.map { p[$0] * l[$0] }.reduce(0, +)
        var lines = [
            Line("  \(quote[side].informedTrade ? name : (side == .ask ? "a1 " : "b1 "))   = E[V | \(o)] \(sign) c = Σ P(s)·P(\(o)|s)·v_s / Σ P(s)·P(\(o)|s) \(sign) c"),
            Line("        = (\(numerator.joined(separator: " + "))) / (\(weights.joined(separator: " + "))) \(sign) \(Format.number(parameters.cost))"),
            Line("        = \(Format.price(top)) / \(Format.probability(bottom)) \(sign) \(Format.number(parameters.cost)) = \(Format.price(quote[side].withInformed))"),
        ] + ParticipationText(parameters: parameters).explainLines(side, market: market)
        if let half = quote[side].halfSpread {
            let limit = parameters.toleranceIsOff
                ? "tolerance off: uninformed traders always trade"
                : "tolerance \(Format.price(parameters.tolerance)): \(quote[side].isWithdrawn ? "too wide, the \(name) is withdrawn" : "within it, the \(name) stands")"
            lines.append(Line("        half-spread \(side == .ask ? "ask − E[V]" : "E[V] − bid") = \(Format.price(half)); \(limit)", quote[side].isWithdrawn ? .warning : .dim))
        }
        return lines
    }
}
