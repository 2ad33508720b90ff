import DealerModels
import MarketCore
import ShellKit

/// The inventory model's verbs: customer trades, nature's customers, the views, `set`, `reset`,
/// `undo`, `export`; the shared verbs it omits are refused by `ModelMarket`'s defaults
/// (`inventoryModel.omittedVerbs`).
extension InventorySession: ViewedMarket {
    var views: InventoryViews { InventoryViews(session: self) }

    mutating func buy(context: ModelContext) throws(ShellError) -> ModelReply { traded(.buy, context) }
    mutating func sell(context: ModelContext) throws(ShellError) -> ModelReply { traded(.sell, context) }

    mutating func noise(context: ModelContext) throws(ShellError) -> ModelReply {
        let step = arrival()
        return reply(step, context.detail)
    }

    mutating func run(_ n: Int, context: ModelContext) throws(ShellError) -> ModelReply {
        let start = dealer.inventory
        let result = run(n, shouldStop: context.shouldStop)
        return ModelReply(
            InventoryViews(session: self).run(result, detail: context.detail, from: start),
            step: result.lastStep.map(InventoryRecordStep.init),
            journal: result.steps > 0 ? ["run \(result.steps)"] : [])
    }

    func quote(context: ModelContext) throws(ShellError) -> ModelReply { ModelReply([InventoryText.quote(dealer)]) }

    mutating func set(_ parameter: InventoryParameterName, to value: Double, context: ModelContext) throws(ShellError) -> ModelReply {
        let name = parameter.rawValue
        let restarted: Bool
        do { restarted = try set(parameter, to: value) } catch {
            throw .refused(InventoryRefusal.parameter(error))
        }
        let note =
            restarted
            ? "\(name) = \(Format.number(value)): a new v, so the market restarts at t = 0"
            : "\(name) = \(Format.number(value)): inventory kept (I = \(dealer.inventory)); the quotes are repriced now"
        return ModelReply([Line(note), InventoryText.quote(dealer)])
    }

    func setTruth(_ truth: ModelTruth, context: ModelContext) throws(ShellError) -> ModelReply {
        throw .refused(InventoryRefusal.truth)
    }

    mutating func reset(context: ModelContext) throws(ShellError) -> ModelReply {
        reset()
        return backToOpening(also: "I = 0, ", then: [InventoryText.quote(dealer)])
    }

    mutating func undo(context: ModelContext) throws(ShellError) -> ModelReply {
        guard let last = undo() else { throw .nothingToUndo() }
        let what =
            last.traded.map { "\($0.order.word) at \(Format.price(last.price ?? .nan))" } ?? "a customer who left"
        return ModelReply([
            Line("took back t=\(last.time) (\(what)); inventory and cash are as they were before it"),
            InventoryText.quote(dealer),
        ])
    }

    private mutating func traded(_ sign: TradeSign, _ context: ModelContext) -> ModelReply {
        let step = trade(sign)
        return reply(step, context.detail)
    }

    private func reply(_ step: InventoryStep, _ detail: Detail) -> ModelReply {
        let lines =
            detail == .full
            ? InventoryText.period(step, parameters: parameters) + [InventoryText.flow(dealer)]
            : [InventoryText.rowHeading, InventoryText.row(step)]
        return ModelReply(lines, step: InventoryRecordStep(step: step))
    }
}

extension InventoryViews: MarketViews {}

/// The inventory tape as `export` writes it: one row per period, replayed through
/// `InventoryDealer.period`; `price` is empty when the customer left.
extension InventorySession: TapeWithoutPicture {
    static let pictureInstead = "export csv or json writes the tape"

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
