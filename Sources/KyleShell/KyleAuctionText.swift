import KyleModel
import ShellKit

/// How the Kyle model writes its symbols and numbers.
enum KyleNotation {
    /// `n` as subscript digits: 12 → ₁₂.
    static func sub(_ n: Int) -> String {
        let digits: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        return String(String(n).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }

    /// A coefficient or variance to four places (scientific when tiny or huge).
    static func number(_ x: Double) -> String { Format.probability(x) }
}

/// One auction as `flow`, `auction` and `run` show it: E[v | y] = p + λ·y with its numbers, where
/// λ comes from, the posterior variance, and (hidden) who sent the flow.
struct KyleAuctionText {
    let auction: KyleAuction
    /// N, the auctions in the day.
    let auctions: Int

    func lines(_ detail: Detail) -> [Line] {
        (detail == .full ? full : [brief]) + hidden
    }

    private var n: String { KyleNotation.sub(auction.n) }
    private var previous: String { KyleNotation.sub(auction.n - 1) }
    private func num(_ x: Double) -> String { KyleNotation.number(x) }

    private var source: String { auction.split == nil ? "typed" : "drawn" }

    private var full: [Line] { [heading, lambdaLine, priceLine, varianceLine, newPriceLine] }

    private var heading: Line {
        Line(
            "auction \(auction.n) of \(auctions): net flow y\(n) = \(Format.value(auction.flow)) (\(source)); the market maker sees only that",
            .heading)
    }

    /// `λ₁ = β₁·Σ₁/σ_u² = …`: where the auction's λ comes from.
    var lambdaLine: Line {
        let a = auction
        return Line(
            "  λ\(n) = β\(n)·Σ\(n)/σ_u² = \(num(a.beta)) × \(num(a.sigma2)) / \(num(a.noiseVariance)) = \(num(a.lambda))"
        )
    }

    /// `E[v | y₁] = p₀ + λ₁·y₁ = …`: the new price with its numbers.
    var priceLine: Line {
        let a = auction
        return Line(
            "  E[v | y\(n)] = p\(previous) + λ\(n)·y\(n) = \(Format.price(a.priceBefore)) + \(num(a.lambda)) × \(Format.value(a.flow)) = \(Format.price(a.price))"
        )
    }

    /// `Σ₁ = (1 − β₁λ₁Δt)·Σ₀ = …`: the posterior variance, the same for any flow.
    var varianceLine: Line {
        let a = auction
        return Line(
            "  Σ\(n) = (1 − β\(n)λ\(n)Δt)·Σ\(previous) = (1 − \(num(a.plan.revealedShare))) × \(num(a.sigma2Before)) = \(num(a.sigma2)), for any y\(n)"
        )
    }

    private var newPriceLine: Line {
        let a = auction
        return Line(
            "  new price p\(n) = \(Format.price(a.price)) (\(Format.change(a.priceMove))): one price, E[v | flows so far]",
            a.priceMove >= 0 ? .buy : .sell)
    }

    private var brief: Line {
        let a = auction
        return Line(
            "auction \(a.n)/\(auctions)  y = \(Format.value(a.flow)) (\(source))  λ = \(num(a.lambda))  p = \(Format.price(a.price))  Σ = \(num(a.sigma2))"
        )
    }

    /// `run`'s table heading, over `row`'s columns.
    static let rowHeading = Line(
        "     n  " + Format.pad("flow y", 11) + Format.pad("λ_n", 8) + Format.pad("price p_n", 11)
            + Format.pad("Σ_n", 10) + "hidden: insider x, noise u", .dim)

    /// `run`'s row: the auction in one line, the flow's hidden parts in the teacher's tone.
    var row: Line {
        let a = auction
        let n = String(a.n)
        var spans = [
            Span(
                String(repeating: " ", count: max(0, 6 - n.count)) + n + "  " + Format.pad(Format.value(a.flow), 11)
                    + Format.pad(num(a.lambda), 8) + Format.pad(Format.price(a.price), 11)
                    + Format.pad(num(a.sigma2), 10))
        ]
        if let split = a.split {
            spans.append(Span(Format.pad(Format.value(split.insider), 10) + Format.value(split.noise), .hidden))
        }
        return Line(spans)
    }

    /// What the teacher sees and the market maker does not: v, and the insider's and the noise's parts.
    private var hidden: [Line] {
        let a = auction
        guard let v = a.trueValue else { return [] }
        guard let split = a.split, let profit = a.insiderProfit else {
            let strategy = a.beta * (v - a.priceBefore) * a.interval
            return [
                Line(
                    "  hidden: v = \(Format.value(v)); a typed flow has no split (her rule says x\(n) = \(Format.value(strategy)))",
                    .hidden)
            ]
        }
        return [
            Line(
                "  hidden: v = \(Format.value(v)); insider x\(n) = β\(n)(v − p\(previous))Δt = \(Format.value(split.insider)), noise u\(n) = \(Format.value(split.noise))",
                .hidden),
            Line(
                "  hidden: her profit x\(n)·(v − p\(n)) = \(Format.value(split.insider)) × (\(Format.value(v)) − \(Format.price(a.price))) = \(Format.value(profit))",
                .hidden),
        ]
    }
}

/// The one line after the last auction of the day.
func kyleDayOverLine(_ market: KyleMarket) -> Line {
    let n = market.time
    return Line(
        "the day is over (Σ\(KyleNotation.sub(n)) = \(KyleNotation.number(market.variance)) of \(KyleNotation.number(market.parameters.priorVariance)) left): reset starts a new day",
        .heading)
}
