import MarketCore

/// What the maker game shows: its opening, each round, and the summary at the end.
enum MakerText {
    /// The game's opening: its rules under the model, and how to quote.
    package static func opening(_ game: MakerGame) -> [Line] {
        let r = game.request
        return [Line("maker \(r.rule.rawValue): \(r.rounds) rounds, seed \(game.seed)", .heading)]
            + game.yourMarket.rules(r.rule).map { Line("  " + $0) }
            + [
                Line(
                    "  your P&L is marked to the true value at the end; until then each round shows your cash and position",
                    .dim),
                prompt(game),
            ]
    }

    /// What to type next; in `compete`, with the market maker's quotes you are about to face.
    package static func prompt(_ game: MakerGame) -> Line {
        let round = "round \(game.rounds.count + 1) of \(game.request.rounds)"
        guard game.request.rule == .compete else {
            return Line("\(round): type bid ask (e.g. 99.5 101.5, - for no quote), or quit", .dim)
        }
        return Line("\(round): market maker quotes \(quote(game.computerQuote)); type bid ask, or quit", .dim)
    }

    /// `quote` during the game: the quotes you face and your last ones, with E[V] as the market
    /// maker holds it.
    package static func quote(_ game: MakerGame) -> [Line] {
        let e = game.yourMarket.expectedValue
        var lines: [Line]
        switch game.request.rule {
        case .compete:
            lines = [
                Line(
                    "\(game.position): the market maker quotes \(quote(game.computerQuote)) (E[V] = \(Format.value(e)))",
                    .heading)
            ]
        case .monopoly:
            let its = game.computerMarket ?? game.yourMarket
            lines = [
                Line("\(game.position): E[V] in your market = \(Format.value(e))", .heading),
                // Its coming quotes are the best reply: shown after the round, not before.
                Line("  the computer's own market: E[V] = \(Format.value(its.expectedValue))", .dim),
            ]
        }
        if let last = game.rounds.last { lines.append(Line("  your last quotes: \(quote(last.yours))")) }
        return lines + [prompt(game)]
    }

    package static func round(_ r: MakerRound, game: MakerGame) -> [Line] {
        let rule = game.request.rule
        let computer = rule == .compete ? "market maker" : "computer (own market)"
        var lines = [
            Line(
                "round \(r.round) of \(game.request.rounds): you \(quote(r.yours)) · \(computer) \(quote(r.computer))",
                .heading)
        ]
        switch rule {
        case .compete:
            lines.append(Line("  " + competeFill(r), tone(r.order)))
        case .monopoly:
            lines.append(Line("  you: " + monopolyFill(r.order, r.yours), tone(r.order)))
            lines.append(Line("  the computer: " + monopolyFill(r.computerOrder, r.computer), tone(r.computerOrder)))
        }
        let e = game.yourMarket.expectedValue
        lines.append(Line("  break-even " + breakEvenLine(r) + "; E[V] now \(Format.value(e))", .dim))
        // After the last round the score follows, with the standings at the true value.
        guard !game.isOver else { return lines }
        let itsValue = (game.computerMarket ?? game.yourMarket).expectedValue
        lines.append(Line("  you: " + standing(game.you, at: e)))
        lines.append(Line("  \(rule == .compete ? "market maker" : "computer"): " + standing(game.computer, at: itsValue)))
        lines.append(prompt(game))
        return lines
    }

    package static func quote(_ q: TwoSided) -> String {
        "\(q.bid.map(Format.value) ?? "-") | \(q.ask.map(Format.value) ?? "-")"
    }

    package static func tone(_ order: Order) -> Tone {
        switch order {
        case .buy: .buy
        case .sell: .sell
        case .none: .plain
        }
    }

    private static func competeFill(_ r: MakerRound) -> String {
        guard r.order != .none else { return "no trade this round" }
        let word = r.order == .buy ? "a buy" : "a sell"
        let side = r.order == .buy ? "ask" : "bid"
        let price = Format.value(
            (r.yourShare > 0 ? r.yours.price(for: r.order) : r.computer.price(for: r.order)) ?? .nan)
        if r.yourShare == 0.5 { return "\(word): a tie at \(price), so you and the market maker each fill half a lot" }
        if r.yourShare == 1 { return "\(word) took your \(side) at \(price): you fill one lot" }
        return "\(word) took the market maker's \(side) at \(price): you fill nothing"
    }

    private static func monopolyFill(_ order: Order, _ q: TwoSided) -> String {
        switch order {
        case .buy: "a buy at the ask \(Format.value(q.ask ?? .nan)): one lot sold"
        case .sell: "a sell at the bid \(Format.value(q.bid ?? .nan)): one lot bought"
        case .none: "no trade"
        }
    }

    /// `position −1, cash +101.50, worth +0.87 at E[V]`.
    private static func standing(_ l: MakerLedger, at e: Double) -> String {
        "position \(signed(l.position)), cash \(signed(l.cash)), worth \(signed(l.cash + l.position * e)) at E[V]"
    }

    /// Break-even at the quotes the order met (the best ones in `compete`, yours in `monopoly`).
    private static func breakEvenLine(_ r: MakerRound) -> String {
        let ask = r.breakEven.ask.map { "E[V | buy] \(Format.value($0))" } ?? "no buy possible"
        let bid = r.breakEven.bid.map { "E[V | sell] \(Format.value($0))" } ?? "no sell possible"
        return "\(ask), \(bid)"
    }
}

/// `+1.2`, `−100`, `0`: a signed amount in the shell's value format.
package func signed(_ x: Double) -> String {
    let text = Format.value(abs(x))
    return text == Format.value(0) ? text : (x < 0 ? "−" : "+") + text
}
