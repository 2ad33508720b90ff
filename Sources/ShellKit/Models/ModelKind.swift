/// One market model the shell offers: a handle on the model's `ModelDescriptor`, the row every
/// per-model rule hangs on. The shell names no model: it holds the kinds the registry gives it
/// (`ModelCatalog`), and each model's adapter builds its own kind from its own descriptor.
public struct ModelKind: Sendable, Hashable, CustomStringConvertible {
    /// The model's row.
    package let descriptor: ModelDescriptor

    package init(_ descriptor: ModelDescriptor) {
        self.descriptor = descriptor
    }

    /// The model's name, as `model NAME` takes it.
    public var rawValue: String { descriptor.name }
    public var description: String { rawValue }

    public static func == (a: ModelKind, b: ModelKind) -> Bool { a.rawValue == b.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// What `model` shows for it, after its name.
    public var summary: String { descriptor.summary }
    /// The parameters `set` changes and `params` lists, in that order.
    public var parameters: [ParameterRow] { descriptor.parameters }
    package var helpTopics: [(name: String, text: String)] { descriptor.helpTopics }
    package var verbSummaries: [String: String] { descriptor.verbSummaries }
    package var verbDetails: [String: String] { descriptor.verbDetails }
    package var truthMeaning: String { descriptor.truth.meaning }
    public var truthAccepts: String { descriptor.truth.accepts }
    package var simulationTruthAccepts: String { descriptor.truth.simulationAccepts }
    package var truthChoicesForUsage: String { descriptor.truth.choicesForUsage }
    package var truthChoices: [String] { descriptor.truth.choices }
    package func truth(_ word: String) -> ModelTruth? { descriptor.truth.read(word) }

    /// The verbs under this model: the shared table less what the model omits, then its own.
    package var verbs: [Verb] {
        let d = descriptor
        return verbTable.filter { d.omittedVerbs[$0.name] == nil } + d.verbs
    }

    /// The verb `word` names under this model (a name or an alias).
    package func verb(named word: String) -> Verb? {
        verbs.first { $0.name == word || $0.aliases.contains(word) }
    }

    /// The refusal of a shared verb this model leaves out, as the parser words it (for a command
    /// that reached the model without the parser, e.g. a replayed one).
    package func omission(_ verb: String) -> ShellError {
        .notInModel(verb: verb, model: self, instead: descriptor.omittedVerbs[verb] ?? "see help")
    }
}

/// The models a shell offers, in the order `model` lists them; the first is the one a shell opens
/// with. `ModelRegistry` builds the one glosten ships; the shell reads only this.
public struct ModelCatalog: Sendable {
    public let kinds: [ModelKind]
    /// The lessons that close the course, after every model's own: lessons across the models.
    public let closingLessons: [String]

    public init(_ kinds: [ModelKind], closingLessons: [String] = []) {
        precondition(!kinds.isEmpty, "a shell needs at least one model")
        precondition(Set(kinds.map(\.rawValue)).count == kinds.count, "two models share a name")
        (self.kinds, self.closingLessons) = (kinds, closingLessons)
    }

    /// The model a new shell opens under.
    public var opening: ModelKind { kinds[0] }

    /// The model named `word`, if any.
    public func named(_ word: String) -> ModelKind? {
        let word = word.lowercased()
        return kinds.first { $0.rawValue == word }
    }
}

extension ModelCatalog {
    /// The games the models play with verbs of their own, each with the models that have it, in
    /// the catalog's order: what the shell names beside the maker game, never a model's name it writes.
    var ownGames: [GameOffer] {
        var offers: [GameOffer] = []
        for kind in kinds {
            for verb in kind.descriptor.verbs where verb.group == .games {
                if let i = offers.firstIndex(where: { $0.verb == verb.name }) {
                    offers[i].models.append(kind.rawValue)
                } else {
                    offers.append(GameOffer(verb: verb.name, models: [kind.rawValue]))
                }
            }
        }
        return offers
    }
}
