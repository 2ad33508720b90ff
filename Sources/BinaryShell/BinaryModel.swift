import MarketCore
import MarketModel
import ShellKit

/// The binary model's row of `ModelKind`'s table.
package let binaryModel = ModelDescriptor(
    name: "binary",
    summary: "V is high or low (Glosten–Milgrom; Easley–O'Hara when alpha < 1)",
    parameters: binaryParameterRows,
    helpTopics: binaryHelpTopics,
    verbs: BinaryVerb.verbs,
    truthMeaning: "nature's state for informed and run",
    truthAccepts: "high, low or none",
    simulationTruthAccepts: "high, low, none or drawn",
    truthChoicesForUsage: "high|low|none",
    truthChoices: Truth.allCases.map(\.rawValue),
    truth: { word in Truth(rawValue: word.lowercased()).map { .state($0.rawValue) } },
    open: { seed in
        var session = Session()
        session.setSeed(seed)
        return session
    },
    spreadSetBy: "spread = adverse selection: E[V | buy] − E[V | sell]",
    drills: ModelDrills(
        kinds: [.posterior, .quote, .informed, .spread, .withdrawn], probabilities: [.posterior, .informed],
        draw: BinaryExercise.draw),
    quantities: binaryQuantities)

extension Session: ModelMarket {
    package var kind: ModelKind { .binary }
    package var time: Int { market.time }

    package mutating func reseed(_ seed: UInt64) -> [Line] {
        setSeed(seed)
        return []
    }

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
