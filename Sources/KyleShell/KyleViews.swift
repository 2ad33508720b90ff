import KyleModel
import ShellKit

/// `quote`, `state`, `params` and `history` under the Kyle model.
struct KyleViews {
    let session: KyleSession
    let detail: Detail

    private var market: KyleMarket { session.market }
    private func num(_ x: Double) -> String { KyleNotation.number(x) }
    private var t: String { KyleNotation.sub(market.time) }

    /// `quote`: one price, and what the next auction will do to it.
    var quote: [Line] {
        var lines = [
            Line("price p\(t) = \(Format.price(market.price)): one price, no bid or ask (Kyle has no spread)", .heading)
        ]
        if let next = market.nextAuction {
            let n = KyleNotation.sub(next.n)
            lines.append(
                Line(
                    "  auction \(next.n) clears all net flow y\(n) at p\(t) + λ\(n)·y\(n), λ\(n) = \(num(next.lambda)) per unit of flow"
                ))
        } else {
            lines.append(kyleDayOverLine(market))
        }
        return lines
    }

    /// `state`: the market maker's belief, the clock, and (hidden) v and the insider's profit.
    var state: [Line] {
        let n = market.parameters.auctions
        var lines = [
            Line("after auction \(market.time) of \(n): price p\(t) = \(Format.price(market.price))", .heading),
            Line(
                "  market maker: v ~ N(p\(t), Σ\(t)) with Σ\(t) = \(num(market.variance)), sd \(num(market.variance.squareRoot()))"
            ),
        ]
        let truthWord =
            switch session.truth {
            case .drawn: "drawn from N(p₀, Σ₀)"
            case .value: "set"
            }
        lines.append(
            Line(
                "  hidden: v = \(Format.value(session.trueValue)) (truth \(truthWord)); p\(t) − v = \(Format.change(market.price - session.trueValue))",
                .hidden))
        let drawn = session.tape.compactMap(\.insiderProfit)
        if !drawn.isEmpty {
            lines.append(
                Line(
                    "  hidden: her realised profit over the \(drawn.count) auction\(drawn.count == 1 ? "" : "s") nature drew: \(Format.value(drawn.reduce(0, +)))",
                    .hidden))
        }
        return lines
    }

    /// `params`: every row of the table with its symbol and value, then truth and seed.
    var params: [Line] {
        ParamsView(.kyle, truth: KyleSession.word(session.truth), seed: session.seed, detail: detail) { name in
            KyleParameterName(rawValue: name).map { Format.number($0.value(in: market.parameters)) }
        }.lines
    }

    /// `history [N]`: the last N auctions, one row each.
    func history(_ count: Int) -> [Line] {
        let tape = session.tape
        let view = HistoryView(
            empty: "no auction yet today (t = 0); price p₀ = \(Format.price(market.price))",
            heading: Line("   n  flow y      insider x   noise u     λ_n       price p_n   Σ_n", .heading), indent: "   ",
            entries: "auctions")
        return view.lines(count: tape.count, last: count) { range in
            tape[range].map { a in
                let n = String(a.n)
                let insider = a.split.map { Format.value($0.insider) } ?? "typed"
                let noise = a.split.map { Format.value($0.noise) } ?? "—"
                return Line(
                    String(repeating: " ", count: max(0, 4 - n.count)) + n + "  " + Format.pad(Format.value(a.flow), 12)
                        + Format.pad(insider, 12) + Format.pad(noise, 12) + Format.pad(num(a.lambda), 10)
                        + Format.pad(Format.price(a.price), 12) + num(a.sigma2))
            }
        }
    }
}

extension KyleSession {
    /// `drawn`, or the number.
    static func word(_ truth: KyleTruth) -> String {
        switch truth {
        case .drawn: "drawn"
        case .value(let v): Format.number(v)
        }
    }
}
