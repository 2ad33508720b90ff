import MarketModel
import ShellKit

/// What `compare` concludes, in words: each conclusion read off the exact expectations (which market
/// has the wider average spread, ends nearer the value, costs the uninformed more), the seeded path
/// beside it as one draw, and the seed document's claims checked against the expectations. Nothing
/// assumes which market has the larger μ, or that the figures differ.
struct ComparisonConclusions {
    let markets: [ComparedMarket]
    let trades: Int
    let seed: UInt64

    private var path: String { "On this path (seed \(seed))" }

    /// −1, 0 or 1 as `x` is below, equal to (1e-9 relative) or above `y`.
    private static func order(_ x: Double, _ y: Double) -> Int {
        if abs(x - y) <= 1e-9 * max(abs(x), abs(y)) { return 0 }
        return x < y ? -1 : 1
    }

    /// "2.40×", or nil when the ratio is not finite.
    private static func times(_ x: Double, _ y: Double) -> String? {
        let r = x / y
        return r.isFinite && y != 0 ? Format.fixed(r, places: 2) + "×" : nil
    }

    var lines: [Line] {
        var lines = [Line("What it shows", .heading)]
        let (a, b) = (markets[0], markets[1])
        let opening =
            "the opening spread\(a.elastic == .off ? " μ·ΔV" : "") is \(Format.price(a.openingSpread)) with \(name(a)) against \(Format.price(b.openingSpread)) with \(name(b))"
        guard let ea = a.expected, let eb = b.expected else {
            lines.append(
                Line(
                    "Spreads: \(opening). Only one path was played, so no conclusion is drawn from it: \(path) the average spreads were \(Format.price(a.averageSpread)) and \(Format.price(b.averageSpread)), and the mid ended \(Format.price(a.distance)) and \(Format.price(b.distance)) from the value."
                ))
            return lines
        }
        guard Self.order(a.mu, b.mu) != 0 else {
            lines.append(
                Line(
                    "Both markets have μ = \(Format.number(a.mu)), the same values and the same seed: they are one market, on one path, so there is nothing to compare."
                ))
            return lines
        }
        // More and less informed trading, whichever order they were given in.
        let (hi, lo) = a.mu > b.mu ? ((a, ea), (b, eb)) : ((b, eb), (a, ea))
        lines.append(Line(spreads(hi, lo, opening: opening)))
        lines.append(Line(discovery(hi, lo)))
        lines.append(Line(cost(hi, lo)))
        lines.append(
            Line(
                "The seed document's text says the opposite of its own output; its code quoted from the true value, which a market maker cannot know, with ad-hoc likelihoods 0.8/0.2. Here both markets quote exact conditional expectations.",
                .dim))
        return lines
    }

    private func name(_ m: ComparedMarket) -> String { "μ = \(Format.number(m.mu))" }

    private func spreads(
        _ hi: (ComparedMarket, ExpectedPath), _ lo: (ComparedMarket, ExpectedPath), opening: String
    ) -> String {
        let (h, eh) = hi
        let (l, el) = lo
        var text =
            "Spreads: \(opening). In expectation the average spread over the \(trades) arrivals is \(Format.price(eh.averageSpread)) with \(name(h)) and \(Format.price(el.averageSpread)) with \(name(l))"
        let ratio = Self.times(eh.averageSpread, el.averageSpread)
        switch Self.order(eh.averageSpread, el.averageSpread) {
        case 0: text += ": the same."
        case 1:
            text +=
                ": with more informed trading it is \(ratio.map { $0 + " " } ?? "")wider, because adverse selection costs more."
        default:
            text +=
                ": with more informed trading it is narrower on average\(ratio.map { " (\($0))" } ?? ""): at any one belief it is wider, but that market learns the value sooner, and a market maker who knows the value needs no spread."
        }
        if let ratio, let openingRatio = Self.times(h.openingSpread, l.openingSpread) {
            let r = eh.averageSpread / el.averageSpread
            text +=
                (4...5).contains(r)
                ? " The document's \"4–5× wider\" holds here (\(ratio))."
                : " The document's \"4–5× wider\" does not hold here (the opening ratio is \(openingRatio); the average over \(trades) arrivals is \(ratio))."
        } else {
            text += " The document's \"4–5× wider\" cannot be checked: the less informed market has no spread."
        }
        let pathRatio = Self.times(h.averageSpread, l.averageSpread).map { " (\($0))" } ?? ""
        return text
            + " \(path) the averages were \(Format.price(h.averageSpread)) and \(Format.price(l.averageSpread))\(pathRatio)."
    }

    private func discovery(_ hi: (ComparedMarket, ExpectedPath), _ lo: (ComparedMarket, ExpectedPath)) -> String {
        let (h, eh) = hi
        let (l, el) = lo
        let n = trades
        let verdict =
            switch Self.order(eh.distance[n], el.distance[n]) {
            case -1: "more informed trading finds the value faster, because each order carries more information"
            case 1: "here the less informed market ends nearer the value in expectation"
            default: "the same in expectation"
            }
        return
            "Price discovery: in expectation the mid ends \(Format.price(eh.distance[n])) from the true value with \(name(h)) and \(Format.price(el.distance[n])) with \(name(l)), within 1% of it with probability \(Format.probability(eh.withinBand[n])) against \(Format.probability(el.withinBand[n])): \(verdict). \(path) it ended \(Format.price(h.distance)) and \(Format.price(l.distance)) away."
    }

    private func cost(_ hi: (ComparedMarket, ExpectedPath), _ lo: (ComparedMarket, ExpectedPath)) -> String {
        let (h, eh) = hi
        let (l, el) = lo
        let n = trades
        let (ch, cl) = (eh.cost[n], el.cost[n])
        let direction =
            switch Self.order(ch, cl) {
            case 1: "higher with more informed trading"
            case -1: "lower with more informed trading"
            default: "the same in both"
            }
        let document =
            (8...12).contains(ch) && (1...2).contains(cl)
            ? "matches these expectations"
            : (ch < cl ? "is not what the model gives: it has them the wrong way round" : "is not what the model gives")
        return
            "Cost to uninformed traders, against the true value: in expectation \(Format.price(ch)) with \(name(h)) and \(Format.price(cl)) with \(name(l)). An uninformed arrival buys or sells with even chances, so whatever the price its expected cost is half the spread, and with a share 1 − μ of arrivals uninformed their cost per arrival of any kind is (1 − μ) × half the spread: the cost follows the spread and is \(direction). The document's \"$8–12 against $1–2\" \(document). \(path) they paid \(Format.price(h.uninformedCost)) and \(Format.price(l.uninformedCost)): one path's cost also depends on which way the noise traders happened to trade while prices were wrong (a buy below the value gains them the difference, a sell below it loses it)."
    }
}
