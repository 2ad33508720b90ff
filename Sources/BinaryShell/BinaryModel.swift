import MarketCore
import MarketModel
import ShellKit

/// The binary model's row of `ModelKind`'s table.
package let binaryModel = ModelDescriptor(
    name: "binary",
    summary: "V is high or low (Glosten–Milgrom; Easley–O'Hara when alpha < 1)",
    parameters: binaryParameterRows,
    help: binaryHelp,
    verbs: BinaryVerb.verbs,
    truth: TruthSetting(
        meaning: "nature's state for informed and run", accepts: "high, low or none",
        simulationAccepts: "high, low, none or drawn", choicesForUsage: "high|low|none",
        choices: Truth.allCases.map(\.rawValue),
        read: { word in Truth(rawValue: word.lowercased()).map { .state($0.rawValue) } }),
    open: { seed in
        var session = Session()
        session.setSeed(seed)
        return session
    },
    spreadSetBy: "spread = adverse selection: E[V | buy] − E[V | sell]",
    drills: ModelDrills(
        kinds: [.posterior, .quote, .informed, .spread, .withdrawn], probabilities: [.posterior, .informed],
        summaries: [.posterior: "P(V = high) after an order"], draw: BinaryExercise.draw),
    quantities: binaryQuantities,
    // The course opens on this model (the core path), and GM 1985's elastic demand is its own lesson.
    lessons: ModelLessons(
        opening: Course.Part(
            title: "the core path: from Bayes' rule to the games",
            lessons: [
                "bayes", "example-1", "example-2", "example-3", "two-models", "asymmetry", "profit", "formulas",
                "review", "play",
            ]),
        own: ["gm1985"]),
    detailLines: DetailLines(
        meaning: "how an order is shown: Bayes' rule in full, or one compact row (display only)",
        full: "detail = full: each order shows Bayes' rule with its numbers",
        brief: "detail = brief: one compact row per order; set detail full shows Bayes' rule"),
    recordFields: BinaryField.keys,
    plots: BinaryPlot.kinds,
    study: CompareSyntax.study)

extension Session: ModelMarket, ReseedsQuietly {
    package var kind: ModelKind { .binary }
    package var time: Int { market.time }

    package func sameMarket(as other: any ModelMarket) -> Bool {
        (other as? Session).map { $0.market == market } ?? false
    }

    /// `compete` plays the model's traders, who trade at any price; `monopoly` needs uninformed
    /// traders who respond to price (a tolerance).
    package func makerMarket(_ rule: MakerRule, using rng: inout Xoshiro256) throws(ShellError) -> any MakerMarket {
        let p = market.parameters
        let participation: Participation
        switch rule {
        case .compete: participation = .inelastic
        case .monopoly:
            switch p.elastic {
            case .constant(let c): participation = .elastic(c)
            case .value: participation = .elasticAtValue
            case .off:
                guard !p.toleranceIsOff else { throw .makerNeedsPriceResponse(how: "set elastic C (or value), or set tolerance T, first") }
                participation = .tolerance(p.tolerance)
            }
        }
        return BinaryMaker(p, participation: participation, using: &rng)
    }
}

extension BayesStep: ModelStep {
    package var informedProbability: Double? { pInformed }
}

extension Truth {
    /// The state a `ModelTruth` names, as the binary model's truth reader made it.
    init(_ truth: ModelTruth) {
        guard case .state(let word) = truth, let state = Truth(rawValue: word) else {
            preconditionFailure("the parser reads truth under the binary model's table")
        }
        self = state
    }
}

extension ModelKind {
    /// The binary model, as this module names it.
    package static let binary = ModelKind(binaryModel)
}
