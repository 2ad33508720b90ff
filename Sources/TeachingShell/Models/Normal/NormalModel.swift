import NormalValue

/// The normal model's row of `ModelKind`'s table.
let normalModel = ModelDescriptor(
    summary: "v ~ N(m, σ²): informed know v; quotes are GM (1985) fixed points",
    parameters: normalParameterRows,
    helpTopics: normalHelpTopics,
    verbSummaries: normalVerbSummaries,
    verbDetails: normalVerbDetails,
    truthMeaning: "nature's v: a number, or drawn from N(m, σ²)",
    truthAccepts: "a number (nature's v) or drawn",
    simulationTruthAccepts: "a number (nature's v) or drawn",
    truthChoicesForUsage: "V",
    truthChoices: ["drawn"],
    truth: { word in
        if word.lowercased() == "drawn" { return .drawn }
        // Nature's v must be a finite number the model can price (within ±1e9, as m is).
        guard let v = NumberSyntax.number(word), v.isFinite, abs(v) <= 1e9 else { return nil }
        return .value(v)
    },
    open: { seed in
        var session = NormalSession()
        session.setSeed(seed)
        return session
    })

extension NormalSession: ModelMarket {
    var kind: ModelKind { .normal }
    var time: Int { market.time }

    mutating func reseed(_ seed: UInt64) -> [Line] {
        setSeed(seed)
        guard periods == 0, case .drawn = truth else { return [] }
        return [
            Line("at t = 0 that is a new opening: nature's v is drawn again, v = \(Format.value(trueValue)) (hidden)", .hidden)
        ]
    }

    func sameMarket(as other: any ModelMarket) -> Bool {
        (other as? NormalSession).map { $0.market == market } ?? false
    }
}

extension NormalBayesStep: ModelStep {
    var informedProbability: Double? { pInformed }
}

extension NormalTruth {
    /// nature's v as a `ModelTruth` names it, as the normal model's truth reader made it.
    init(_ truth: ModelTruth) {
        switch truth {
        case .value(let v): self = .value(v)
        case .drawn: self = .drawn
        case .state: preconditionFailure("the parser reads truth under the normal model's table")
        }
    }
}
