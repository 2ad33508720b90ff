/// The end of a maker game: the true value, both players' P&L split by counterparty, how often
/// you won the order, and your quotes against break-even round by round.
struct MakerSummary {
    let game: MakerGame
    let width: Int
    let unicode: Bool

    var lines: [Line] {
        let g = game
        let rule = g.request.rule
        let other = rule == .compete ? "market maker" : "computer"
        let v = g.trueValue
        var lines = [
            Line("game over after \(g.rounds.count) rounds (maker \(rule.rawValue), seed \(g.seed))", .heading),
            Line("  the true value was \(Format.value(v))", .hidden),
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
        lines += margins
        lines.append(
            Line(
                "  one seeded game, luck included: maker \(rule.rawValue) rounds \(g.request.rounds) seed \(g.seed) replays it",
                .dim))
        return lines
    }

    private func row(_ label: String, _ yours: Double, _ theirs: Double) -> Line {
        Line("  " + Format.pad(label, 20) + Format.pad(signed(yours), 12) + signed(theirs))
    }

    /// Your ask − E[V | buy] and E[V | sell] − your bid by round: below zero the side sold (bought)
    /// for less (more) than the order tells the value is.
    private var margins: [Line] {
        let asks = game.rounds.map { r in r.yours.ask.flatMap { a in r.breakEven.ask.map { a - $0 } } ?? .nan }
        let bids = game.rounds.map { r in r.yours.bid.flatMap { b in r.breakEven.bid.map { $0 - b } } ?? .nan }
        let chart = Chart(
            title: "your margins by round, below 0 loses",
            unit: "price",
            series: [
                Chart.Series(name: "ask − E[V | buy]", values: asks, tone: .buy, mark: "a"),
                Chart.Series(name: "E[V | sell] − bid", values: bids, tone: .sell, mark: "b"),
            ], reference: ("break-even", 0))
        let finite = (asks + bids).filter(\.isFinite)
        let below = finite.filter { $0 < 0 }.count
        let mean = finite.isEmpty ? nil : finite.reduce(0, +) / Double(finite.count)
        let verdict =
            mean.map {
                "  your mean margin was \(signed($0)); \(below) of \(finite.count) quoted sides were below break-even"
            } ?? "  you quoted no side"
        return chart.lines(width: width, height: 5, unicode: unicode) + [Line(verdict)]
    }
}
