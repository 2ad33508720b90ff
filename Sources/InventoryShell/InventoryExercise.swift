import DealerModels
import ShellKit

/// Inventory-dealer exercises with round numbers: the answers are the dealer's quotes after
/// `trade`, and the worked steps are what `buy` and `sell` print for them.
enum InventoryExercise {
    static let means: [Double] = [100, 50, 20]
    static let risks: [Double] = [0.1, 0.2, 0.05]
    static let sigmas: [Double] = [1, 2]
    static let halfSpreads: [Double] = [0.5, 0.25, 1]

    static func draw(_ kind: DrillKind, _ draw: inout DrillDraw) -> Exercise {
        let p = draw.parameters(
            InventoryParameters(), [(.mean, means), (.risk, risks), (.sigma, sigmas), (.halfSpread, halfSpreads)])
        let orders = (0..<3).map { _ in draw.pick([TradeSign.buy, .sell]) }
        return exercise(kind, p, orders: orders, side: draw.pick(["ask", "bid"]))
    }

    /// The dealer's ask or bid after `orders`: the worked steps are what `buy` and `sell` print
    /// (her inventory after each, then r and the quotes after the last).
    static func exercise(_ kind: DrillKind, _ p: InventoryParameters, orders: [TradeSign], side: String) -> Exercise {
        guard kind == .quote, !orders.isEmpty else {
            preconditionFailure("the inventory model offers only \(DrillKind.kinds(of: .inventory)) drills")
        }
        var dealer = InventoryDealer(parameters: p)
        var periods: [[Line]] = []
        for order in orders { periods.append(InventoryText.period(dealer.trade(order), parameters: p)) }
        let quote = dealer.quote
        let value = side == "ask" ? quote.ask : quote.bid
        let words = orders.map { $0 == .buy ? "buy" : "sell" }
        let last = periods[periods.count - 1]
        return Exercise(
            model: .inventory, kind: kind,
            setting: [
                Line(
                    "a dealer values the asset at v = \(Format.number(p.mean)), σ = \(Format.number(p.sigma)), with risk aversion A = \(Format.number(p.risk)); she quotes r ± s, s = \(Format.number(p.halfSpread))"
                ),
                Line("her reservation price is r = v − A·σ²·I, I her inventory; she opens with I = 0"),
            ],
            question:
                "Customers \(words.joined(separator: ", ")) (one lot each). What is her \(side) now? (\(Exercise.toleranceText))",
            answer: .number(value), answerName: "her \(side)", answerSentence: "her \(side) is \(Format.price(value))",
            steps: [periods.map { $0[1] }, [last[2]], [last[3]]],
            commands: [
                "model inventory", "set mean \(Format.number(p.mean))", "set risk \(Format.number(p.risk))",
                "set sigma \(Format.number(p.sigma))", "set half_spread \(Format.number(p.halfSpread))",
            ] + words,
            recordKey: side)
    }
}
