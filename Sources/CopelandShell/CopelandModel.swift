import CopelandGalai
import ShellKit

/// The Copeland–Galai model's row of `ModelKind`'s table.
package let copelandModel = ModelDescriptor(
    name: "copeland",
    summary: "Copeland–Galai (1983): a dealer's best spread against insiders",
    parameters: copelandParameterTable.map(ParameterRow.init),
    help: copelandHelp,
    verbs: CopelandVerb.verbs,
    omittedVerbs: [
        "buy": "arrivals come from nature here: informed, noise or run N (profit X prices a half-spread)",
        "sell": "arrivals come from nature here: informed, noise or run N (profit X prices a half-spread)",
        "pass": "arrivals come from nature here: informed, noise or run N",
        "plot": "this model has no charts; history lists the arrivals",
        "compare": "it is the binary model's study; model binary, then compare (compare models runs here)",
        "maker": "the maker game plays a Glosten–Milgrom market; model binary, then maker",
        "simulate": "run N shows the dealer's realised profit against 2Π(x) (help copeland)",
        "export": "this model writes no files yet; history lists the arrivals",
    ],
    truth: .number(
        meaning: "nature's V for every opening: a number in [m − w, m + w], or drawn",
        accepts: "a number in [mean − width, mean + width] (nature's V) or drawn", within: 2e9),
    open: { seed in CopelandSession(seed: seed) },
    quantities: copelandQuantities,
    lessons: ModelLessons(own: ["copeland"]),
    comparisonNote: "nature sends its arrivals; it takes no typed buy or sell",
    detailLines: DetailLines(
        meaning: "how an arrival is shown: who came, what she did and the dealer's totals, or one compact row (display only)",
        full: "detail = full: each arrival shows who came, what she did and the dealer's totals",
        brief: "detail = brief: one compact row per arrival; set detail full shows each in full"),
    recordFields: CopelandField.keys)

/// The model's own verb: `profit X`.
enum CopelandVerb: String, ModelVerb {
    case profit

    var row: VerbRow {
        switch self {
        case .profit:
            VerbRow(
                group: .look, arguments: .numbers(1...1), usage: "profit X",
                summary: "the dealer's expected profit at half-spread X, part by part, against her best",
                details:
                    "profit X: at quotes m ± X, the liquidity revenue R(X) = (1 − π)·½·(1 − X/C)⁺·X, the informed loss L(X) = π·((w − X)⁺)²/(4w), Π = R − L per side and 2Π per arrival, the slope Π′(X), and the dealer's best half-spread with what X falls short of it. Changes nothing.")
        }
    }

    var changesMarket: Bool {
        switch self {
        case .profit: false
        }
    }

    var allowedInLessons: Bool {
        switch self {
        case .profit: true
        }
    }
}

extension CopelandSession: ModelMarket, ReseedsQuietly {
    var kind: ModelKind { .copeland }
    var time: Int { market.time }

    /// `t=3 99.41|100.59` for the prompt (`t=3 shut` without quotes).
    var clock: String {
        guard let quote = market.quote else { return "t=\(market.time) shut" }
        return "t=\(market.time) \(Format.fixed(quote.bid, places: 2))|\(Format.fixed(quote.ask, places: 2))"
    }

    func value(of quantity: Quantity) -> Double? {
        let quote = market.quote
        switch quantity {
        case .bid: return quote?.bid
        case .ask: return quote?.ask
        case .mid, .expectedValue: return parameters.mean
        case .spread: return quote.map { $0.ask - $0.bid }
        case .t: return Double(market.time)
        case .price: return arrivals.last?.price
        case .halfSpread: return market.halfSpread
        case .dealerProfit: return market.halfSpread.map(parameters.arrivalProfit) ?? 0
        default: return nil
        }
    }

    /// A shut market has no quote on either side.
    func isClosed(_ side: LessonSide) -> Bool { market.quote == nil }

    func sameMarket(as other: any ModelMarket) -> Bool {
        (other as? CopelandSession).map { $0.market == market && $0.arrivals == arrivals } ?? false
    }

    /// The quotes, m as the value, the dealer's totals and her best half-spread.
    func fill(_ record: inout Record) {
        let quote = market.quote
        record.t = market.time
        (record.bid, record.ask, record.mid) = (quote?.bid, quote?.ask, parameters.mean)
        record.spread = quote.map { $0.ask - $0.bid }
        record.value = parameters.mean
        record.closed = quote == nil
        (record.askClosed, record.bidClosed) = (quote == nil, quote == nil)
        record[CopelandField.halfSpread] = market.halfSpread
        record[CopelandField.realisedProfit] = market.profit
        record[CopelandField.trades] = Double(market.trades)
        record[CopelandField.expectedProfit] = market.halfSpread.map(parameters.arrivalProfit) ?? 0
    }
}

/// An arrival as the record of the command that brought it.
struct CopelandStep: ModelStep {
    let arrival: CopelandArrival
    let parameters: CopelandParameters

    /// P(informed | what she did), as the dealer computes it at her quotes; nil without quotes.
    var informedProbability: Double? {
        arrival.halfSpread.flatMap { parameters.informedProbability(given: arrival.order, halfSpread: $0) }
    }

    func fill(_ record: inout Record) {
        record.order = arrival.order.word
        record.price = arrival.price
        record.trader = arrival.trader.tapeWord
        record[CopelandField.profit] = arrival.profit
    }
}

extension ModelKind {
    /// The copeland model, as this module names it.
    package static let copeland = ModelKind(copelandModel)
}
