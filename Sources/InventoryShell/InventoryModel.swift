import DealerModels
import MarketCore
import ShellKit

/// The inventory model's row of `ModelKind`'s table.
package let inventoryModel = ModelDescriptor(
    name: "inventory",
    summary: "a dealer pricing her inventory (Stoll): r = v − A·σ²·I, quotes r ± s",
    parameters: inventoryParameterTable.map(ParameterRow.init),
    help: inventoryHelp,
    omittedVerbs: [
        "pass": "a period here is one customer, who may leave; use noise (nature's customer), buy or sell",
        "informed": "the dealer's customers carry no information (v is known); use buy, sell or noise (help contrast)",
        "plot": "this model has no charts; history shows the tape and export csv writes it",
        "compare": "it is the binary model's study; model binary, then compare",
        "maker": "the maker game plays a Glosten–Milgrom market; model binary, then maker",
        "simulate": "run N shows inventory reverting along one path; state gives the expected drift at the quotes",
    ],
    truth: .nothingHidden(meaning: "none: the inventory model hides no value", accepts: InventoryErrorText.noTruth),
    open: { seed in InventorySession(seed: seed) },
    spreadSetBy: "a fixed 2s around r = v − A·σ²·I: moved by inventory, not news",
    drills: ModelDrills(
        kinds: [.quote], summaries: [.quote: "the dealer's ask or bid after a few trades"], draw: InventoryExercise.draw),
    quantities: inventoryQuantities,
    lessons: ModelLessons(own: ["inventory"]),
    detailLines: DetailLines(
        meaning: "how a period is shown: the dealer's trade, inventory and quotes in full, or one compact row (display only)",
        full: "detail = full: each period shows the trade, inventory I and the quotes it moves",
        brief: "detail = brief: one compact row per period; set detail full shows how I moves r"),
    recordFields: InventoryField.keys)

/// Never withdraws: the dealer always quotes both sides.
extension InventorySession: ModelMarket, ReseedsQuietly, NeverWithdraws {
    var kind: ModelKind { .inventory }
    var time: Int { dealer.time }

    /// `t=3 I=-1 99.60|100.60` for the prompt.
    var clock: String {
        let q = dealer.quote
        return
            "t=\(dealer.time) I=\(dealer.inventory) \(Format.fixed(q.bid, places: 2))|\(Format.fixed(q.ask, places: 2))"
    }

    func value(of quantity: Quantity) -> Double? {
        let q = dealer.quote
        switch quantity {
        case .bid: return q.bid
        case .ask: return q.ask
        case .mid, .reservation: return q.reservation
        case .spread: return q.spread
        case .expectedValue: return dealer.parameters.mean
        case .t: return Double(dealer.time)
        case .inventory: return Double(dealer.inventory)
        case .price: return lastPrice
        case .drift: return CustomerFlow(dealer).expectedDrift
        default: return nil
        }
    }

    /// The last period's trade price (nil when nothing has traded yet or the last customer left).
    private var lastPrice: Double? { periods > 0 ? step(at: periods - 1)?.price : nil }

    func sameMarket(as other: any ModelMarket) -> Bool {
        (other as? InventorySession).map { $0.dealer == dealer } ?? false
    }

    /// The quotes around r, v as the value, and the dealer's book.
    func fill(_ record: inout Record) {
        let q = dealer.quote
        record.t = dealer.time
        (record.bid, record.ask, record.mid, record.spread) = (q.bid, q.ask, q.reservation, q.spread)
        record.value = dealer.parameters.mean
        let flow = CustomerFlow(dealer)
        record[InventoryField.inventory] = Double(dealer.inventory)
        record[InventoryField.reservation] = q.reservation
        record[InventoryField.cash] = dealer.cash
        record[InventoryField.wealth] = dealer.wealthAtValue
        record[InventoryField.pBuy] = flow.buy
        record[InventoryField.pSell] = flow.sell
        record[InventoryField.expectedDrift] = flow.expectedDrift
    }
}

/// An inventory period as the record of the command that made it.
struct InventoryRecordStep: ModelStep {
    let step: InventoryStep

    var informedProbability: Double? { nil }

    func fill(_ record: inout Record) {
        let trader: Trader = if case .arrival = step.event { .uninformed } else { .unknown }
        record.fill(step.traded?.order ?? .none, price: step.price, trader: trader)
        record[InventoryField.edge] = step.edge
        record[InventoryField.quoteMove] = step.quoteMove
    }
}

extension ModelKind {
    /// The inventory model, as this module names it.
    package static let inventory = ModelKind(inventoryModel)
}
