/// The end of a maker game (or the game so far, when it is left): the true value, both players'
/// P&L split by counterparty, how often you won the order, the rounds one row each, and your
/// quotes against break-even at the places shown. Fits 80×24 under the last round's lines.
struct MakerSummary {
    package let game: MakerGame

    /// The most rounds the summary's table lists (longer games show their first and last rows).
    static let tableRows = 9

    package var lines: [Line] {
        let g = game
        let rule = g.request.rule
        let other = rule == .compete ? "market maker" : "computer"
        let played = g.rounds.count
        let heading =
            g.isOver
            ? "game over after \(played) rounds: "
            : "left the game after \(played) of \(g.request.rounds) rounds: "
        var lines = [
            Line([Span(heading, .heading), Span("the true value was \(Format.value(g.trueValue))", .hidden)]),
            Line("  " + Format.pad("", 20) + Format.pad("you", 12) + other, .dim),
            row("P&L at V", g.you.profit, g.computer.profit),
            row("from informed", g.you.fromInformed, g.computer.fromInformed),
            row("from uninformed", g.you.fromUninformed, g.computer.fromUninformed),
            Line("  " + Format.pad("lots traded", 20) + Format.pad(Format.value(g.you.lots), 12) + Format.value(g.computer.lots)),
        ]
        let orders = g.rounds.filter { $0.order != .none }
        if rule == .compete, !orders.isEmpty {
            let won = orders.map(\.yourShare).reduce(0, +)
            lines.append(
                Line(
                    "  you filled \(Format.value(won)) of the \(orders.count) orders (\(Format.percent(won / Double(orders.count)))); a tie counts half"))
        }
        lines += MakerRoundTable(game: g).lines(fitting: Self.tableRows)
        lines.append(verdict)
        lines.append(
            Line(
                "  luck included: maker \(rule.rawValue) rounds \(g.request.rounds) seed \(g.seed) replays this game",
                .dim))
        return lines
    }

    private func row(_ label: String, _ yours: Double, _ theirs: Double) -> Line {
        Line("  " + Format.pad(label, 20) + Format.pad(signed(yours), 12) + signed(theirs))
    }

    /// Your margins on every quoted side, at the places shown: ask − E[V | buy] and
    /// E[V | sell] − bid; below zero the side sold (bought) for less (more) than the order tells
    /// the value is.
    var margins: [Double] {
        game.rounds.flatMap { r in
            [
                r.yours.ask.flatMap { a in r.breakEven.ask.map { ShownPrecision.difference(a, $0) } },
                r.yours.bid.flatMap { b in r.breakEven.bid.map { ShownPrecision.difference($0, b) } },
            ].compactMap { $0 }
        }
    }

    private var verdict: Line {
        let all = margins
        guard !all.isEmpty else { return Line("  you quoted no side") }
        let below = all.filter { $0 < 0 }.count
        let mean = all.reduce(0, +) / Double(all.count)
        let sides = all.count == 1 ? "side was" : "sides were"
        return Line(
            "  mean margin \(signed(mean)); \(below) of \(all.count) quoted \(sides) below break-even (4 places)")
    }
}

/// The rounds of a maker game, one row each: your quotes, the order in your market and who sent
/// it, who filled it (in `monopoly`, the computer's order in its own market), the price, and
/// your margin on the side the order met.
struct MakerRoundTable {
    package let game: MakerGame

    /// The heading and the rows; more rounds than `rows` show the first few and the last five.
    package func lines(fitting rows: Int) -> [Line] {
        let compete = game.request.rule == .compete
        var lines = [
            Line(
                "  " + Format.pad("#", 5) + Format.pad("your bid | ask", 20) + Format.pad("order", 6)
                    + Format.pad("trader", 10) + Format.pad(compete ? "filled" : "its order", 10)
                    + Format.pad("price", 10) + "margin", .dim)
        ]
        let all = game.rounds
        let shown: [MakerRound?] =
            all.count <= rows ? all : Array(all.prefix(rows - 6)) + [nil] + Array(all.suffix(5))
        for round in shown {
            guard let r = round else {
                lines.append(Line("  … \(all.count - rows + 1) more rounds …", .dim))
                continue
            }
            lines.append(Line(row(r, compete: compete), MakerText.tone(r.order)))
        }
        return lines
    }

    private func row(_ r: MakerRound, compete: Bool) -> String {
        let trader = r.arrival.informed ? "informed" : "noise"
        let filled: String
        if compete {
            filled = r.order == .none ? "—" : r.yourShare == 0.5 ? "half" : r.yourShare == 1 ? "you" : "mm"
        } else {
            filled = r.computerOrder == .none ? "—" : r.computerOrder.word
        }
        let quoted = compete ? better(r) : r.yours
        let price = quoted.price(for: r.order).map(Format.value) ?? "—"
        let margin: String
        switch r.order {
        case .buy: margin = r.yours.ask.flatMap { a in r.breakEven.ask.map { signed(ShownPrecision.difference(a, $0)) } } ?? "—"
        case .sell: margin = r.yours.bid.flatMap { b in r.breakEven.bid.map { signed(ShownPrecision.difference($0, b)) } } ?? "—"
        case .none: margin = "—"
        }
        return "  " + Format.pad(String(r.round), 5) + Format.pad(MakerText.quote(r.yours), 20)
            + Format.pad(r.order == .none ? "—" : r.order.word, 6) + Format.pad(trader, 10) + Format.pad(filled, 10)
            + Format.pad(price, 10) + margin
    }

    /// The best quotes of a `compete` round: the price the order met.
    private func better(_ r: MakerRound) -> TwoSided {
        func pick(_ a: Double?, _ b: Double?, _ isBetter: (Double, Double) -> Bool) -> Double? {
            guard let a else { return b }
            guard let b else { return a }
            return isBetter(b, a) ? b : a
        }
        return TwoSided(bid: pick(r.yours.bid, r.computer.bid, >), ask: pick(r.yours.ask, r.computer.ask, <))
    }
}
