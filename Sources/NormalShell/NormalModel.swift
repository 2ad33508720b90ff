import NormalValue
import ShellKit

/// The normal model's row of `ModelKind`'s table.
package let normalModel = ModelDescriptor(
    name: "normal",
    summary: "v ~ N(m, σ²): informed know v; quotes are GM (1985) fixed points",
    parameters: normalParameterRows,
    help: normalHelp,
    omittedVerbs: [
        "compare": "it is the document's study of the binary model: model binary, then compare"
    ],
    // Nature's v must be a finite number the model can price (within ±1e9, as m is).
    truth: .number(
        meaning: "nature's v: a number, or drawn from N(m, σ²)",
        accepts: "a number (nature's v) or drawn", within: 1e9),
    open: { seed in NormalSession(seed: seed) },
    drills: ModelDrills(
        kinds: [.informed, .posterior], probabilities: [.informed],
        summaries: [.posterior: "E[v | order], the market maker's new mean of v"], draw: NormalExercise.draw),
    quantities: normalQuantities,
    lessons: ModelLessons(own: ["normal"]),
    comparisonNote: "the document's table it plays has binary as its GM row",
    detailLines: DetailLines(
        meaning: "how an order is shown: Bayes' rule in full, or one compact row (display only)",
        full: "detail = full: each order shows Bayes' rule with its numbers",
        brief: "detail = brief: one compact row per order; set detail full shows Bayes' rule"),
    recordFields: NormalField.keys,
    plots: NormalPlot.kinds)

extension NormalSession: ModelMarket {
    package var kind: ModelKind { .normal }
    package var time: Int { market.time }

    package mutating func reseed(_ seed: UInt64) -> [Line] {
        setSeed(seed)
        guard periods == 0, case .drawn = truth else { return [] }
        return [
            Line("at t = 0 that is a new opening: nature's v is drawn again, v = \(Format.value(trueValue)) (hidden)", .hidden)
        ]
    }

    package func sameMarket(as other: any ModelMarket) -> Bool {
        (other as? NormalSession).map { $0.market == market } ?? false
    }
}

extension NormalBayesStep: ModelStep {
    package var informedProbability: Double? { pInformed }
}

extension ModelKind {
    /// The normal model, as this module names it.
    package static let normal = ModelKind(normalModel)
}
