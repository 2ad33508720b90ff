import DealerModels
import MarketCore
import ShellKit

/// The Roll model's row of `ModelKind`'s table.
package let rollModel = ModelDescriptor(
    name: "roll",
    summary: "Roll (1984): trades bounce across m ± c; 2√(−cov) reads the spread",
    parameters: rollParameterTable.map(ParameterRow.init),
    help: rollHelp,
    omittedVerbs: [
        "pass": "every period of Roll's model is a trade; use buy, sell, noise or run N",
        "informed": "Roll's traders carry no information; use buy, sell or noise (help roll)",
        "plot": "this model has no charts; history shows the tape and export csv writes it",
        "compare": "it is the binary model's study; model binary, then compare",
        "maker": "the maker game plays a Glosten–Milgrom market; model binary, then maker",
        "simulate":
            "run N shows the covariance on one long path; the binary model's simulate applies Roll's estimator to Glosten–Milgrom tapes (help glosten)",
    ],
    truth: .nothingHidden(meaning: "none: the Roll model hides no value", accepts: RollErrorText.noTruth),
    open: { seed in RollSession(seed: seed) },
    spreadSetBy: "spread assumed: a fixed 2c around a price trades do not move",
    drills: ModelDrills(kinds: [.covariance], draw: RollExercise.draw),
    quantities: rollQuantities,
    comparisonNote: "Roll's steps are seeded",
    detailLines: DetailLines(
        meaning: "how a trade is shown: its price as m ± c with its numbers, or one compact row (display only)",
        full: "detail = full: each trade shows its price as m ± c with its numbers",
        brief: "detail = brief: one compact row per trade; set detail full shows p = m ± c"),
    recordFields: RollField.keys)

/// Never withdraws: both of the Roll dealer's quotes always stand.
extension RollSession: ModelMarket, ReseedsQuietly, NeverWithdraws {
    var kind: ModelKind { .roll }
    var time: Int { market.time }

    /// `t=3 99.81|100.81` for the prompt.
    var clock: String {
        let quote = market.quote
        return "t=\(market.time) \(Format.fixed(quote.bid, places: 2))|\(Format.fixed(quote.ask, places: 2))"
    }

    func value(of quantity: Quantity) -> Double? {
        let quote = market.quote
        switch quantity {
        case .bid: return quote.bid
        case .ask: return quote.ask
        case .mid, .expectedValue: return market.efficientPrice
        case .spread: return quote.ask - quote.bid
        case .t: return Double(market.time)
        case .price: return market.lastPrice
        case .change: return market.covariance.lastChange
        case .covariance: return market.covariance.covariance
        case .rollSpread: return market.covariance.covariance.flatMap(RollEstimator.spread)
        default: return nil
        }
    }

    func sameMarket(as other: any ModelMarket) -> Bool {
        (other as? RollSession).map { $0.market == market } ?? false
    }

    /// The quotes, m as the value, and the covariance so far.
    func fill(_ record: inout Record) {
        let quote = market.quote
        record.t = market.time
        (record.bid, record.ask, record.mid, record.spread) = (
            quote.bid, quote.ask, market.efficientPrice, quote.ask - quote.bid
        )
        record.value = market.efficientPrice
        record[RollField.efficientPrice] = market.efficientPrice
        record[RollField.lastPrice] = market.lastPrice
        record[RollField.pairs] = Double(market.covariance.pairs)
        record[RollField.covariance] = market.covariance.covariance
        record[RollField.rollSpread] = market.covariance.covariance.flatMap(RollEstimator.spread)
        record[RollField.trueSpread] = 2 * market.parameters.halfSpread
    }
}

/// A Roll trade as the record of the command that made it.
struct RollStep: ModelStep {
    let trade: RollTrade
    let trader: Trader

    var informedProbability: Double? { nil }

    func fill(_ record: inout Record) {
        record.fill(trade.sign.order, price: trade.price, trader: trader)
        record[RollField.change] = trade.change
        record[RollField.bounce] = trade.bounce
        record[RollField.step] = trade.step
    }
}

extension ModelKind {
    /// The roll model, as this module names it.
    package static let roll = ModelKind(rollModel)
}
