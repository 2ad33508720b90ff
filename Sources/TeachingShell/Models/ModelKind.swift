import MarketModel
import NormalValue

/// The market models the shell knows, in the order `model` lists them: the one table every
/// per-model rule hangs on (its name, its line in `model`, its parameters, what `truth` takes).
/// A new model is a new case here and a folder of its own under `Models/`; every `switch` over
/// this type and over `ModelSession` then says what is still missing.
public enum ModelKind: String, CaseIterable, Sendable {
    /// Glosten–Milgrom with Easley–O'Hara's events: the value is high or low (or unchanged).
    case binary
    /// The value as the document states it, v ~ N(m, σ²), with Glosten and Milgrom's (1985)
    /// fixed-point quotes.
    case normal

    /// What `model` shows for it, after its name.
    public var summary: String {
        switch self {
        case .binary:
            "V is high or low (Glosten–Milgrom; Easley–O'Hara when alpha < 1)"
        case .normal:
            "v ~ N(m, σ²): informed traders know v; quotes are GM (1985) fixed points"
        }
    }

    /// The parameters `set` changes and `params` lists, in that order.
    public var parameters: [ParameterRow] {
        switch self {
        case .binary: binaryParameterRows
        case .normal: normalParameterRows
        }
    }

    /// The concepts `help TOPIC` explains under this model (`help model` first).
    var helpTopics: [(name: String, text: String)] {
        switch self {
        case .binary: binaryHelpTopics
        case .normal: normalHelpTopics
        }
    }

    /// The one-line summaries in `help` that differ from the verb table's under this model.
    var verbSummaries: [String: String] {
        switch self {
        case .binary: [:]
        case .normal: normalVerbSummaries
        }
    }

    /// `help VERB` texts that differ from the verb table's under this model, by verb name.
    var verbDetails: [String: String] {
        switch self {
        case .binary: [:]
        case .normal: normalVerbDetails
        }
    }

    /// What `set truth` sets, for `params` and `help truth`.
    var truthMeaning: String {
        switch self {
        case .binary: "nature's state for informed and run"
        case .normal: "nature's v: a number, or drawn from N(m, σ²)"
        }
    }

    /// The words `set truth` takes, in words, for help and errors.
    public var truthAccepts: String {
        switch self {
        case .binary: "high, low or none"
        case .normal: "a number (nature's v) or drawn"
        }
    }

    /// What `simulate … truth` takes, in words: the truths, or a draw per session.
    var simulationTruthAccepts: String {
        switch self {
        case .binary: "high, low, none or drawn"
        case .normal: "a number (nature's v) or drawn"
        }
    }

    /// `high|low|none`: what `truth` takes, as a usage line writes it.
    var truthChoicesForUsage: String {
        switch self {
        case .binary: "high|low|none"
        case .normal: "V"
        }
    }

    /// The words that complete `set truth `.
    var truthChoices: [String] {
        switch self {
        case .binary: Truth.allCases.map(\.rawValue)
        case .normal: ["drawn"]
        }
    }

    /// Reads `set truth WORD` (and `simulate … truth WORD`, which also takes `drawn`).
    func truth(_ word: String) -> ModelTruth? {
        switch self {
        case .binary: Truth(rawValue: word.lowercased()).map(ModelTruth.binary)
        case .normal:
            if word.lowercased() == "drawn" { .normal(.drawn) } else { NumberSyntax.number(word).flatMap(normalTruth) }
        }
    }

    /// The model named `word`, if any.
    static func named(_ word: String) -> ModelKind? { ModelKind(rawValue: word.lowercased()) }
}

/// Nature's truth as a model states it: `set truth high` in the binary model, `set truth 101.5`
/// or `set truth drawn` in the normal one.
public enum ModelTruth: Equatable, Sendable {
    case binary(Truth)
    /// A number for nature's v, or a draw from the prior at each opening.
    case normal(NormalTruth)
}

/// Nature's v must be a finite number the model can price (within ±1e9, as m is).
private func normalTruth(_ v: Double) -> ModelTruth? {
    v.isFinite && abs(v) <= 1e9 ? .normal(.value(v)) : nil
}

/// One parameter as `set`, `params`, `help`, completion and error wording show it. Each model
/// builds its rows from its own table; the shell reads only these.
public struct ParameterRow: Sendable {
    public let name: String
    public let symbol: String
    public let meaning: String
    /// What the value may be, in words, for error messages and help.
    public let accepts: String
    /// Whether a change defines a new opening and restarts the market at t = 0.
    public let restartsMarket: Bool
    /// Words the value may be besides numbers, and the number each stands for (`tolerance off`).
    public let words: [String: Double]
}
