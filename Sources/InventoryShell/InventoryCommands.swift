import DealerModels
import MarketCore
import ShellKit

/// The inventory model's verbs: customer trades, nature's customers, the views, `set`, `reset`,
/// `undo`, `export`.
extension InventorySession {
    mutating func execute(_ command: MarketCommand, context: ModelContext) throws(ShellError) -> ModelReply {
        let views = InventoryViews(session: self)
        switch command {
        case .order(let order):
            guard let sign = TradeSign(order) else { throw ModelKind.inventory.omission("pass") }
            let step = trade(sign)
            return reply(step, context.detail)
        case .noise:
            let step = arrival()
            return reply(step, context.detail)
        case .run(let n):
            let start = dealer.inventory
            let result = run(n, shouldStop: context.shouldStop)
            return ModelReply(
                InventoryViews(session: self).run(result, detail: context.detail, from: start),
                step: result.lastStep.map(InventoryRecordStep.init),
                journal: result.steps > 0 ? ["run \(result.steps)"] : [])
        case .quote: return ModelReply([InventoryText.quote(dealer)])
        case .state: return ModelReply(views.state)
        case .params: return ModelReply(views.params(detail: context.detail))
        case .history(let n): return ModelReply(views.history(n ?? 20))
        case .explain: return ModelReply(views.explain)
        case .setParameter(let name, let value):
            guard let parameter = InventoryParameterName(rawValue: name) else {
                preconditionFailure("\(name) is not in the inventory table")
            }
            let restarted: Bool
            do { restarted = try set(parameter, to: value) } catch {
                throw InventoryErrorText.refused(error)
            }
            let note =
                restarted
                ? "\(name) = \(Format.number(value)): a new v, so the market restarts at t = 0"
                : "\(name) = \(Format.number(value)): inventory kept (I = \(dealer.inventory)); the quotes are repriced now"
            return ModelReply([Line(note), InventoryText.quote(dealer)])
        case .setTruth:
            throw .model("truth takes " + InventoryErrorText.noTruth)
        case .reset:
            reset()
            return ModelReply([
                Line("back to the opening: t = 0, I = 0, generator reseeded with \(seed)"), InventoryText.quote(dealer),
            ])
        case .undo:
            guard let last = undo() else { throw .nothingToUndo() }
            let what =
                last.traded.map { "\($0.order.word) at \(Format.price(last.price ?? .nan))" } ?? "a customer who left"
            return ModelReply([
                Line("took back t=\(last.time) (\(what)); inventory and cash are as they were before it"),
                InventoryText.quote(dealer),
            ])
        case .export(.svg, _):
            throw .notInModel(verb: "export svg", model: .inventory, instead: "export csv or json writes the tape")
        case .export(let format, let path):
            return try exportedRows(format, to: path, context: context)
        case .informed: throw ModelKind.inventory.omission("informed")
        case .plot: throw ModelKind.inventory.omission("plot")
        case .compare: throw ModelKind.inventory.omission("compare")
        case .simulate: throw ModelKind.inventory.omission("simulate")
        case .own(let call):
            throw .notInModel(verb: call.name, model: .inventory, instead: "see help for the inventory model's verbs")
        }
    }

    private func reply(_ step: InventoryStep, _ detail: Detail) -> ModelReply {
        let lines =
            detail == .full
            ? InventoryText.period(step, parameters: parameters) + [InventoryText.flow(dealer)]
            : [InventoryText.rowHeading, InventoryText.row(step)]
        return ModelReply(lines, step: InventoryRecordStep(step: step))
    }
}

/// The inventory tape as `export` writes it: one row per period, replayed through
/// `InventoryDealer.period`; `price` is empty when the customer left.
extension InventorySession: ExportableTape {
    static let columns = [
        "t", "customer", "premium", "order", "price", "inventory", "reservation", "bid", "ask", "cash", "wealth",
    ]

    func replayRows(_ body: ([ExportField]) -> Bool) {
        replay(0..<periods) { s in
            let (who, premium): (String, Double?) =
                switch s.event {
                case .customer: ("typed", nil)
                case .arrival(let a): (a.wanted == .buy ? "buyer" : "seller", a.premium)
                }
            return body([
                .count(s.time), .word(who), .number(premium), .word((s.traded?.order ?? .none).word),
                .number(s.price), .count(s.inventoryAfter), .number(s.quoteAfter.reservation),
                .number(s.quoteAfter.bid), .number(s.quoteAfter.ask), .number(s.cash), .number(s.wealthAtValue),
            ])
        }
    }
}
