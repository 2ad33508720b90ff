/// The market models the shell knows, in the order `model` lists them: the one table every
/// per-model rule hangs on. A new model is a case here, its line in `descriptor`, and a folder of
/// its own under `Models/` holding its `ModelDescriptor` and its `ModelMarket`.
public enum ModelKind: String, CaseIterable, Sendable {
    /// Glosten–Milgrom with Easley–O'Hara's events: the value is high or low (or unchanged).
    case binary
    /// The value as the document states it, v ~ N(m, σ²), with Glosten and Milgrom's (1985)
    /// fixed-point quotes.
    case normal
    /// Kyle (1985): an insider trades on v over N auctions against noise, one price per auction.
    case kyle
    /// Roll (1984): an efficient price that walks and trades that bounce across a fixed spread.
    case roll
    /// A dealer who prices her inventory (Stoll 1978; Ho and Stoll 1981): quotes move with no news.
    case inventory
    /// Easley, Kiefer, O'Hara and Paperman (1996): daily counts of buys and sells, and PIN.
    case pin

    /// The model's row of the table.
    var descriptor: ModelDescriptor {
        switch self {
        case .binary: binaryModel
        case .normal: normalModel
        case .kyle: kyleModel
        case .roll: rollModel
        case .inventory: inventoryModel
        case .pin: pinModel
        }
    }

    /// What `model` shows for it, after its name.
    public var summary: String { descriptor.summary }
    /// The parameters `set` changes and `params` lists, in that order.
    public var parameters: [ParameterRow] { descriptor.parameters }
    var helpTopics: [(name: String, text: String)] { descriptor.helpTopics }
    var verbSummaries: [String: String] { descriptor.verbSummaries }
    var verbDetails: [String: String] { descriptor.verbDetails }
    var truthMeaning: String { descriptor.truthMeaning }
    public var truthAccepts: String { descriptor.truthAccepts }
    var simulationTruthAccepts: String { descriptor.simulationTruthAccepts }
    var truthChoicesForUsage: String { descriptor.truthChoicesForUsage }
    var truthChoices: [String] { descriptor.truthChoices }
    func truth(_ word: String) -> ModelTruth? { descriptor.truth(word) }

    /// The verbs under this model: the shared table less what the model omits, then its own.
    var verbs: [Verb] {
        let d = descriptor
        return verbTable.filter { d.omittedVerbs[$0.name] == nil } + d.verbs
    }

    /// The verb `word` names under this model (a name or an alias).
    func verb(named word: String) -> Verb? {
        verbs.first { $0.name == word || $0.aliases.contains(word) }
    }

    /// The refusal of a shared verb this model leaves out, as the parser words it (for a command
    /// that reached the model without the parser, e.g. a replayed one).
    func omission(_ verb: String) -> ShellError {
        .notInModel(verb: verb, model: self, instead: descriptor.omittedVerbs[verb] ?? "see help")
    }

    /// The model named `word`, if any.
    static func named(_ word: String) -> ModelKind? { ModelKind(rawValue: word.lowercased()) }
}
