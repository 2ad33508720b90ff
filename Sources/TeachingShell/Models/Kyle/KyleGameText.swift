/// What the insider game shows: its opening, each auction, and the day's score.
enum KyleGameText {
    static func opening(_ game: KyleInsiderGame) -> [Line] {
        let p = game.yours.parameters
        return [
            Line("insider: you are Kyle's insider for one day of \(game.auctions) auctions (seed \(game.seed))", .heading),
            Line("  you know v = \(Format.value(game.value)); the price opens at p₀ = \(Format.value(p.mean))", .hidden),
            Line(
                "  each auction noise traders send u ~ N(0, \(Format.value(p.noiseVariancePerAuction))); the market maker sees only y = x + u and sets p + λ_n·y with Kyle's λ_n (plan lists them)"),
            Line(
                "  you earn x·(v − p_n) on each order x; beside you the equilibrium insider, x = β_n·(v − p)·Δt, meets the same noise in a market of its own"),
            prompt(game),
        ]
    }

    static func prompt(_ game: KyleInsiderGame) -> Line {
        Line("auction \(game.rounds.count + 1) of \(game.auctions): type your order (a number of lots; negative sells), or quit", .dim)
    }

    static func round(_ r: KyleInsiderGame.Round, game: KyleInsiderGame) -> [Line] {
        let y = r.order + r.noise
        var lines = [
            Line("auction \(r.n) of \(game.auctions): you sent \(Format.value(r.order)), noise \(Format.value(r.noise)), net flow y = \(Format.value(y))", .heading),
            Line("  price p = \(Format.value(r.priceBefore)) + λ·y = \(Format.value(r.priceBefore)) + \(Format.value(r.lambda)) × \(Format.value(y)) = \(Format.value(r.price))"),
            Line("  you earn x·(v − p) = \(Format.value(r.order)) × \(Format.value(game.value - r.price)) = \(signed(r.profit)); so far \(signed(game.profit))"),
            Line("  the equilibrium insider sent \(Format.value(r.equilibriumOrder)): price \(Format.value(r.equilibriumPrice)), so far \(signed(game.equilibriumProfit))", .dim),
        ]
        let opened = abs(game.value - game.yours.parameters.mean)
        lines.append(
            Line(
                "  the price is now \(Format.value(abs(game.value - r.price))) from v (the equilibrium's \(Format.value(abs(game.value - r.equilibriumPrice)))); it opened \(Format.value(opened)) away",
                .dim))
        if !game.isOver { lines.append(prompt(game)) }
        return lines
    }

    static func summary(_ game: KyleInsiderGame) -> [Line] {
        var lines = [
            Line("the day is over: v was \(Format.value(game.value))", .heading),
            Line("  " + Format.pad("n", 4) + Format.pad("you", 11) + Format.pad("price", 11) + Format.pad("equilibrium", 13) + "its price", .dim),
        ]
        for r in game.rounds {
            lines.append(
                Line(
                    "  " + Format.pad(String(r.n), 4) + Format.pad(Format.fixed(r.order, places: 2), 11)
                        + Format.pad(Format.fixed(r.price, places: 2), 11)
                        + Format.pad(Format.fixed(r.equilibriumOrder, places: 2), 13) + Format.fixed(r.equilibriumPrice, places: 2)))
        }
        let gap = game.profit - game.equilibriumProfit
        lines.append(Line("  your profit \(signed(game.profit)) against the equilibrium insider's \(signed(game.equilibriumProfit)) on the same noise (\(signed(gap)))"))
        lines.append(
            Line(
                "  one seeded day (insider \(game.seed) replays it): on average over days no rule earns more than the equilibrium's, given these λ_n",
                .dim))
        return lines
    }
}
