import DealerModels
import MarketCore
import ShellKit

/// The Roll model's verbs: trades, nature's noise, the views, `set`, `reset`, `undo`, `export`.
extension RollSession {
    mutating func execute(_ command: MarketCommand, context: ModelContext) throws(ShellError) -> ModelReply {
        let views = RollViews(session: self)
        switch command {
        case .order(let order):
            guard let sign = TradeSign(order) else { throw ModelKind.roll.omission("pass") }
            let trade = trade(sign)
            return reply(trade, .unknown, context.detail)
        case .noise:
            let trade = noise()
            return reply(trade, .uninformed, context.detail)
        case .run(let n):
            let result = run(n, shouldStop: context.shouldStop)
            return ModelReply(
                RollViews(session: self).run(result, detail: context.detail),
                step: result.lastStep.map { RollStep(trade: $0, trader: .uninformed) },
                journal: result.steps > 0 ? ["run \(result.steps)"] : [])
        case .quote: return ModelReply([RollText.quote(market)])
        case .state: return ModelReply(views.state)
        case .params: return ModelReply(views.params(detail: context.detail))
        case .history(let n): return ModelReply(views.history(n ?? 20))
        case .explain: return ModelReply(views.explain)
        case .setParameter(let name, let value):
            guard let parameter = RollParameterName(rawValue: name) else {
                preconditionFailure("\(name) is not in the Roll table")
            }
            do { try set(parameter, to: value) } catch {
                throw RollErrorText.refused(error)
            }
            return ModelReply([
                Line("\(name) = \(Format.number(value)): a new opening, so the market restarts at t = 0"),
                RollText.quote(market),
            ])
        case .setTruth:
            throw .model("truth takes " + RollErrorText.noTruth)
        case .reset:
            reset()
            return ModelReply([
                Line("back to the opening: t = 0, generator reseeded with \(seed)"), RollText.quote(market),
            ])
        case .undo:
            guard let last = undo() else { throw .nothingToUndo() }
            return ModelReply([
                Line(
                    "took back t=\(last.time) (\(last.sign.order.word) at \(Format.price(last.price))); the covariance is as it was before it"
                ),
                RollText.quote(market),
            ])
        case .export(.svg, _):
            throw .notInModel(verb: "export svg", model: .roll, instead: "export csv or json writes the tape")
        case .export(let format, let path):
            return try exportedRows(format, to: path, context: context)
        case .informed: throw ModelKind.roll.omission("informed")
        case .plot: throw ModelKind.roll.omission("plot")
        case .compare: throw ModelKind.roll.omission("compare")
        case .simulate: throw ModelKind.roll.omission("simulate")
        case .own(let call):
            throw .notInModel(verb: call.name, model: .roll, instead: "see help for the Roll model's verbs")
        }
    }

    private func reply(_ trade: RollTrade, _ trader: Trader, _ detail: Detail) -> ModelReply {
        let lines =
            detail == .full
            ? RollText.trade(trade, trader: trader, parameters: parameters)
            : [RollText.rowHeading, RollText.row(trade, trader: trader)]
        return ModelReply(lines, step: RollStep(trade: trade, trader: trader))
    }
}

/// The Roll tape as `export` writes it: one row per trade, replayed through `RollMarket.trade`.
extension RollSession: ExportableTape {
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
