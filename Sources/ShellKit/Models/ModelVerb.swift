/// One of a model's own verbs (`flow` under Kyle), as a case of the model's enum: its row of the
/// verb table and the two rules every verb states. The descriptor's `verbs` are the rows of all
/// cases (`verbs`), so parsing, `help` and completion read the same table; the parser makes
/// `MarketCommand.own` from a row, and `ModelMarket.own` gets the case back.
package protocol ModelVerb: RawRepresentable<String>, CaseIterable, Sendable {
    /// Its wording and argument shape in the verb table (its name is the raw value).
    var row: VerbRow { get }
    /// Whether it changes the market, so `save` replays it.
    var changesMarket: Bool { get }
    /// Whether a lesson's block may run it (a lesson is data: no files, no games).
    var allowedInLessons: Bool { get }
}

extension ModelVerb {
    /// The command this verb makes with `arguments`.
    package func command(_ arguments: ParsedArguments) -> MarketCommand {
        .own(ModelVerbCall(rawValue, arguments, changesMarket: changesMarket, allowedInLessons: allowedInLessons))
    }

    /// Its row of the verb table.
    package var verb: Verb {
        let row = row
        return Verb(
            name: rawValue, group: row.group, aliases: row.aliases, arguments: row.arguments, usage: row.usage,
            summary: row.summary, details: row.details, make: { .market(command($0)) })
    }

    /// Every case's row, in the order of the cases: the descriptor's `verbs`.
    package static var verbs: [Verb] { allCases.map(\.verb) }
}

/// A model's verb as its enum states it: a `Verb` but for the name and the command it makes,
/// which come from the case.
package struct VerbRow: Sendable {
    package let group: VerbGroup
    package let aliases: [String]
    package let arguments: ArgumentShape
    package let usage: String
    package let summary: String
    package let details: String

    package init(
        group: VerbGroup, aliases: [String] = [], arguments: ArgumentShape, usage: String, summary: String,
        details: String
    ) {
        (self.group, self.aliases, self.arguments) = (group, aliases, arguments)
        (self.usage, self.summary, self.details) = (usage, summary, details)
    }
}

/// The own verbs of a model that has none.
package enum NoModelVerbs: ModelVerb {
    package init?(rawValue: String) { nil }
    package var rawValue: String { switch self {} }
    package var row: VerbRow { switch self {} }
    package var changesMarket: Bool { switch self {} }
    package var allowedInLessons: Bool { switch self {} }
}
