import DealerModels
import MarketCore
import ShellKit

/// The Roll model's verbs: trades, nature's noise, the views, `set`, `reset`, `undo`, `export`;
/// the shared verbs it omits are refused by `ModelMarket`'s defaults (`rollModel.omittedVerbs`).
extension RollSession: ViewedMarket {
    var views: RollViews { RollViews(session: self) }

    mutating func buy(context: ModelContext) throws(ShellError) -> ModelReply { traded(.buy, context) }
    mutating func sell(context: ModelContext) throws(ShellError) -> ModelReply { traded(.sell, context) }

    mutating func noise(context: ModelContext) throws(ShellError) -> ModelReply {
        let trade = noise()
        return reply(trade, .uninformed, context.detail)
    }

    mutating func run(_ n: Int, context: ModelContext) throws(ShellError) -> ModelReply {
        let result = run(n, shouldStop: context.shouldStop)
        return ModelReply(
            RollViews(session: self).run(result, detail: context.detail),
            step: result.lastStep.map { RollStep(trade: $0, trader: .uninformed) },
            journal: result.steps > 0 ? ["run \(result.steps)"] : [])
    }

    func quote(context: ModelContext) throws(ShellError) -> ModelReply { ModelReply([RollText.quote(market)]) }

    mutating func set(_ parameter: RollParameterName, to value: Double, context: ModelContext) throws(ShellError) -> ModelReply {
        let name = parameter.rawValue
        do { try set(parameter, to: value) } catch {
            throw .refused(RollRefusal.parameter(error))
        }
        return ModelReply([
            Line("\(name) = \(Format.number(value)): a new opening, so the market restarts at t = 0"),
            RollText.quote(market),
        ])
    }

    func setTruth(_ truth: ModelTruth, context: ModelContext) throws(ShellError) -> ModelReply {
        throw .refused(RollRefusal.truth)
    }

    mutating func reset(context: ModelContext) throws(ShellError) -> ModelReply {
        reset()
        return backToOpening(then: [RollText.quote(market)])
    }

    mutating func undo(context: ModelContext) throws(ShellError) -> ModelReply {
        guard let last = undo() else { throw .nothingToUndo() }
        return ModelReply([
            Line(
                "took back t=\(last.time) (\(last.sign.order.word) at \(Format.price(last.price))); the covariance is as it was before it"
            ),
            RollText.quote(market),
        ])
    }

    private mutating func traded(_ sign: TradeSign, _ context: ModelContext) -> ModelReply {
        let trade = trade(sign)
        return reply(trade, .unknown, context.detail)
    }

    private func reply(_ trade: RollTrade, _ trader: Trader, _ detail: Detail) -> ModelReply {
        let lines =
            detail == .full
            ? RollText.trade(trade, trader: trader, parameters: parameters)
            : [RollText.rowHeading, RollText.row(trade, trader: trader)]
        return ModelReply(lines, step: RollStep(trade: trade, trader: trader))
    }
}

extension RollViews: MarketViews {}

/// The Roll tape as `export` writes it: one row per trade, replayed through `RollMarket.trade`.
extension RollSession: TapeWithoutPicture {
    static let pictureInstead = "export csv or json writes the tape"

    static let columns = [
        "t", "order", "trader", "price", "bid", "ask", "efficient_price", "step", "change", "bounce", "pairs",
        "covariance", "roll_spread",
    ]

    func replayRows(_ body: ([ExportField]) -> Bool) {
        let c = parameters.halfSpread
        replay(0..<periods) { t, trader in
            body([
                .count(t.time), .word(t.sign.order.word), .word(trader.tapeWord), .number(t.price),
                .number(t.efficientPrice - c), .number(t.efficientPrice + c), .number(t.efficientPrice),
                .number(t.step), .number(t.change), .number(t.bounce), .count(t.pairs), .number(t.covariance),
                .number(t.estimate),
            ])
        }
    }
}
