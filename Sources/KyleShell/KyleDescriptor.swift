import KyleModel
import ShellKit

/// The Kyle model's row of `ModelKind`'s table.
package let kyleModel = ModelDescriptor(
    name: "kyle",
    summary: "Kyle (1985): an insider trades over N auctions; price moves λ·flow",
    parameters: kyleParameterRows,
    help: kyleHelp,
    verbs: KyleVerb.verbs,
    omittedVerbs: kyleOmittedVerbs,
    // Nature's v must be a finite number within ±1e9, as p₀ is.
    truth: .number(
        meaning: "nature's v, which the insider knows: a number, or drawn from N(p₀, Σ₀)",
        accepts: "a number (nature's v) or drawn", within: 1e9),
    open: { seed in KyleSession(seed: seed) },
    spreadSetBy: "no spread: one price an auction, moved λ per unit of net flow",
    drills: ModelDrills(kinds: [.lambda, .price], draw: KyleExercise.draw),
    quantities: kyleQuantities,
    lessons: ModelLessons(own: ["kyle"]),
    comparisonNote: "Kyle's buy: a flow of 1 noise sd",
    detailLines: DetailLines(
        meaning: "how an auction is shown: E[v | y] = p + λ·y with its numbers, or one compact row (display only)",
        full: "detail = full: each auction shows E[v | y] = p + λ·y with its numbers",
        brief: "detail = brief: one compact row per auction; set detail full shows p + λ·y"),
    recordFields: KyleField.keys,
    elsewhere: [
        KyleVerb.insider.rawValue: VerbElsewhere(
            near: "informed",
            text: "it is Kyle's insider game (model kyle, then insider); here informed sends an informed trader")
    ])

/// Never withdraws: Kyle's market has one price and never closes.
extension KyleSession: ModelMarket, NeverWithdraws {
    var kind: ModelKind { .kyle }
    var time: Int { market.time }

    mutating func reseed(_ seed: UInt64) -> [Line] {
        setSeed(seed)
        guard tape.isEmpty, case .drawn = truth else { return [] }
        return [
            Line(
                "at t = 0 that is a new opening: nature's v is drawn again, v = \(Format.value(trueValue)) (hidden)",
                .hidden)
        ]
    }

    /// `t=1/4 p=102.19` for the prompt.
    var clock: String { "t=\(market.time)/\(market.parameters.auctions) p=\(Format.fixed(market.price, places: 2))" }

    func sameMarket(as other: any ModelMarket) -> Bool {
        (other as? KyleSession).map { $0.market == market && $0.tape == tape } ?? false
    }
}

extension ModelKind {
    /// The kyle model, as this module names it.
    package static let kyle = ModelKind(kyleModel)
}
