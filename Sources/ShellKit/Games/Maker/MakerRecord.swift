/// One round of a maker game for `--json`, under the command's `results`.
struct MakerRoundResult: Encodable, Sendable {
    package let kind = "maker_round"
    package let rule: String
    package let round: Int
    let yourBid, yourAsk: Double?
    package let order: String
    package let trader: String
    /// Who filled it: `you`, `market_maker` (the computer), `shared`, or `none`.
    package let fill: String
    package let pnl: Double
    let mmBid, mmAsk: Double?
    let mmOrder: String
    let mmPnl: Double
    /// Present once the game is over.
    package let trueValue: Double?

    package init(_ r: MakerRound, game: MakerGame) {
        rule = game.request.rule.rawValue
        round = r.round
        yourBid = r.yours.bid
        yourAsk = r.yours.ask
        order = r.order.word
        trader = r.arrival.informed ? "informed" : "noise"
        // In monopoly the computer trades in its own market: its order is `mm_order`.
        fill =
            r.yourShare == 0.5
            ? "shared" : r.yourShare > 0 ? "you" : (r.computerShare > 0 && game.request.rule == .compete ? "market_maker" : "none")
        pnl = r.yourProfit
        mmBid = r.computer.bid
        mmAsk = r.computer.ask
        mmOrder = r.computerOrder.word
        mmPnl = r.computerProfit
        trueValue = game.isOver ? game.trueValue : nil
    }

    package enum CodingKeys: String, CodingKey {
        case kind, rule, round
        case yourBid = "your_bid"
        case yourAsk = "your_ask"
        case order, trader, fill, pnl
        case mmBid = "mm_bid"
        case mmAsk = "mm_ask"
        case mmOrder = "mm_order"
        case mmPnl = "mm_pnl"
        case trueValue = "true_value"
    }
}
