import ShellKit

/// What the insider game shows: its opening, each auction, `quote` and `history` during the day,
/// and the day's score (also when the day is left early).
enum KyleGameText {
    static func opening(_ game: KyleInsiderGame) -> [Line] {
        let p = game.yours.parameters
        return [
            Line(
                "insider: you are Kyle's insider for one day of \(game.auctions) auctions (seed \(game.seed); insider \(game.seed) replays it)",
                .heading),
            Line("  you know v = \(Format.value(game.value)); the price opens at p₀ = \(Format.value(p.mean))", .hidden),
            Line(
                "  each auction noise traders send u ~ N(0, \(Format.value(p.noiseVariancePerAuction))); the market maker sees only y = x + u and sets p + λ_n·y with Kyle's λ_n (plan lists them)"),
            Line(
                "  you earn x·(v − p_n) on each order x; beside you the equilibrium insider, x = β_n·(v − p)·Δt, meets the same noise in a market of its own"),
            Line("  an order is a number of lots within ±\(Format.value(game.largestOrder)), negative sells; quote and history show the day so far", .dim),
            prompt(game),
        ]
    }

    /// What to type next, with the coming auction's λ.
    static func prompt(_ game: KyleInsiderGame) -> Line {
        let n = game.rounds.count + 1
        let lambda = game.nextLambda.map { ", λ\(KyleNotation.sub(n)) = \(Format.value($0))" } ?? ""
        return Line("auction \(n) of \(game.auctions)\(lambda): type your order (lots; negative sells), or quit", .dim)
    }

    static func round(_ r: KyleInsiderGame.Round, game: KyleInsiderGame) -> [Line] {
        let y = r.order + r.noise
        var lines = [
            Line("auction \(r.n) of \(game.auctions): you sent \(Format.value(r.order)), noise \(Format.value(r.noise)), net flow y = \(Format.value(y))", .heading),
            Line("  price p = \(Format.value(r.priceBefore)) + λ·y = \(Format.value(r.priceBefore)) + \(Format.value(r.lambda)) × \(Format.value(y)) = \(Format.value(r.price))"),
            Line("  you earn x·(v − p) = \(Format.value(r.order)) × \(Format.value(game.value - r.price)) = \(signed(r.profit)); so far \(signed(game.profit))"),
            Line("  the equilibrium insider sent \(Format.value(r.equilibriumOrder)): price \(Format.value(r.equilibriumPrice)), so far \(signed(game.equilibriumProfit))", .dim),
        ]
        let p0 = game.yours.parameters.mean
        lines.append(
            Line(
                "  the price is now \(distance(r.price, from: game.value)) (the equilibrium's \(distance(r.equilibriumPrice, from: game.value))); it opened \(distance(p0, from: game.value))",
                .dim))
        if !game.isOver { lines.append(prompt(game)) }
        return lines
    }

    /// `1.2212 below v`, `0.3 above v`, `at v` (to the places shown).
    static func distance(_ price: Double, from value: Double) -> String {
        let d = ShownPrecision.difference(price, value)
        if d == 0 { return "at v" }
        return "\(Format.value(abs(d))) \(d < 0 ? "below" : "above") v"
    }

    /// `quote` during the day: the price now, the coming auction's λ, and (hidden) v.
    static func quote(_ game: KyleInsiderGame) -> [Line] {
        let n = game.rounds.count
        return [
            Line("\(game.position): the price is p\(KyleNotation.sub(n)) = \(Format.value(game.yours.price))", .heading),
            Line("  you know v = \(Format.value(game.value)): the price is \(distance(game.yours.price, from: game.value))", .hidden),
            prompt(game),
        ]
    }

    /// The most rows the day's summary lists, so the end of a long day fits 80×24 (`history`
    /// lists every auction).
    static let summaryRows = 10

    /// The auctions so far, one row each: your order and price, the equilibrium insider's; more
    /// than `rows` show the first few and the last five.
    static func table(_ game: KyleInsiderGame, rows: Int = .max) -> [Line] {
        var lines = [
            Line("  " + Format.pad("n", 4) + Format.pad("you", 12) + Format.pad("price", 12) + Format.pad("equilibrium", 13) + "its price", .dim)
        ]
        let all = game.rounds
        let shown: [KyleInsiderGame.Round?] =
            all.count <= rows ? all : Array(all.prefix(rows - 6)) + [nil] + Array(all.suffix(5))
        for round in shown {
            guard let r = round else {
                lines.append(Line("  … \(all.count - rows + 1) more auctions …", .dim))
                continue
            }
            lines.append(
                Line(
                    "  " + Format.pad(String(r.n), 4) + Format.pad(Format.fixed(r.order, places: 2), 12)
                        + Format.pad(Format.fixed(r.price, places: 2), 12)
                        + Format.pad(Format.fixed(r.equilibriumOrder, places: 2), 13) + Format.fixed(r.equilibriumPrice, places: 2)))
        }
        return lines
    }

    static func summary(_ game: KyleInsiderGame) -> [Line] {
        let heading =
            game.isOver ? "the day is over: " : "left the day after \(game.rounds.count) of \(game.auctions) auctions: "
        var lines = [Line([Span(heading, .heading), Span("v was \(Format.value(game.value))", .hidden)])]
        lines += table(game, rows: summaryRows)
        let gap = game.profit - game.equilibriumProfit
        lines.append(Line("  your profit \(signed(game.profit)) against the equilibrium insider's \(signed(game.equilibriumProfit)) on the same noise (\(signed(gap)))"))
        lines.append(
            Line(
                "  one seeded day (insider \(game.seed) replays it): on average over days no rule earns more than the equilibrium's, given these λ_n",
                .dim))
        return lines
    }
}
