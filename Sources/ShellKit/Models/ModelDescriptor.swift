import MarketCore

/// Everything the shell knows of one market model: the row `ModelKind` holds. It drives
/// `model`, `set`, `params`, `help`, completion, parsing of the model's own verbs and of `truth`,
/// and opening a market. A model builds its descriptor in its own module.
package struct ModelDescriptor: Sendable {
    /// The columns `model` gives a model's name (`* binary    `, the marker included).
    static let nameColumns = 12
    /// The longest summary: `model`'s line, marker and name first, fits an 80-column screen.
    static let summaryColumns = 80 - nameColumns
    /// The model's name, as `model NAME` takes it.
    package let name: String
    /// What `model` shows for it, after its name: at most `summaryColumns` characters.
    package let summary: String
    /// The parameters `set` changes and `params` lists, in that order.
    package let parameters: [ParameterRow]
    /// The model's help file: the concepts `help TOPIC` explains under it, and its wording of
    /// shared verbs where it differs from the verb table's.
    let help: HelpDocument
    /// The concepts `help TOPIC` explains under this model (`help model` first).
    package var helpTopics: [(name: String, text: String)] { help.topics }
    /// The model's own verbs (its `ModelVerb` enum's rows, parsed into `MarketCommand.own`), listed by `help` under it.
    package var verbs: [Verb] = []
    /// The shared verbs this model does not offer, with what to use instead: the parser refuses
    /// them in one line, `help` leaves them out, and `ModelMarket`'s defaults refuse them in the
    /// same words (the one place they are stated).
    package var omittedVerbs: [String: String] = [:]
    /// The one-line summaries in `help` that differ from the verb table's under this model.
    package var verbSummaries: [String: String] { help.summaries }
    /// `help VERB` texts that differ from the verb table's under this model, by verb name.
    package var verbDetails: [String: String] { help.details }
    /// Nature's truth as `set truth` and `simulate … truth` take it.
    package let truth: TruthSetting
    /// A market at its opening, its generator seeded from the seed.
    package let open: @Sendable (UInt64) -> any ModelMarket
    /// For `compare models`: what sets this model's spread (or its price), in a line; nil keeps
    /// the model out of the comparison (its events are not buys and sells).
    package var spreadSetBy: String? = nil
    /// For `compare models`: with `spreadSetBy`, how the study plays this model when that needs
    /// saying under the rows (`Kyle's buy: a flow of 1 noise sd`); without it, why the model is
    /// left out, which the study says (`its market trades whole days of counts`).
    package var comparisonNote: String? = nil
    /// What `set detail full` and `set detail brief` do to this model's replies, each as the line
    /// that confirms it (no other model's words: `Bayes' rule` only where the model applies it).
    package let detailLines: DetailLines
    /// The keys of the model's own `--json` fields (its `RecordField` enum's), in one place.
    package var recordFields: [String] = []
    /// The model's drills, if it has any yet.
    package var drills: ModelDrills? = nil
    /// The quantities a lesson can pin under this model, in the order `lesson check` lists them
    /// when a lesson names one the model does not have: the shell's it reads and its own.
    package var quantities: [Quantity] = []
    /// The model's lessons in the course (`Course`): its own, and a path the course opens with.
    package var lessons = ModelLessons()
    /// The charts `plot` draws under this model (its `ModelPlot` enum's `kinds`), in the order its
    /// usage lists them: parsing, completion, `help plot` and its errors read them. None for a
    /// model that omits `plot`.
    package var plots: [SeriesKind] = []
    /// The model's own two-market study, `compare …`: its usage and the reader of its arguments;
    /// nil for a model that omits `compare`.
    package var study: ModelStudy? = nil
    /// How the parser words one of this model's own verbs to a learner under another model that
    /// lacks it, where more than "it is the NAME model's" needs saying, by verb name.
    package var elsewhere: [String: VerbElsewhere] = [:]

    /// A model's row, refused at once (naming what is wrong) when its name or summary does not
    /// fit `model`'s line, or when it omits, overrides or adds a verb that cannot be so: an
    /// omission must name a shared verb, an override a shared verb the model keeps (its own verbs
    /// carry their own wording), and an own verb must not share a name with a shared verb it keeps.
    package init(
        name: String, summary: String, parameters: [ParameterRow], help: HelpDocument,
        verbs: [Verb] = [], omittedVerbs: [String: String] = [:], truth: TruthSetting, open: @escaping @Sendable (UInt64) -> any ModelMarket,
        spreadSetBy: String? = nil, drills: ModelDrills? = nil, quantities: [Quantity] = [],
        lessons: ModelLessons = ModelLessons(), comparisonNote: String? = nil, detailLines: DetailLines,
        recordFields: [String], plots: [SeriesKind] = [], study: ModelStudy? = nil,
        elsewhere: [String: VerbElsewhere] = [:]
    ) {
        precondition(
            name.count < Self.nameColumns - 2 && summary.count <= Self.summaryColumns,
            "the model '\(name)': its name has \(name.count) characters (`model` fits \(Self.nameColumns - 3)) and its summary '\(summary)' \(summary.count) (`model` fits \(Self.summaryColumns))")
        let stray = elsewhere.keys.filter { key in !verbs.contains { $0.name == key } }
        precondition(stray.isEmpty, "the model '\(name)': elsewhere names \(stray.sorted()), which are not its own verbs")
        for problem in Self.verbProblems(
            own: verbs.map(\.name), omitted: Array(omittedVerbs.keys),
            overridden: [("verbSummaries", Array(help.summaries.keys)), ("verbDetails", Array(help.details.keys))])
        {
            preconditionFailure("the model '\(name)': \(problem)")
        }
        (self.name, self.summary, self.parameters, self.help) = (name, summary, parameters, help)
        (self.verbs, self.omittedVerbs) = (verbs, omittedVerbs)
        (self.truth, self.open, self.spreadSetBy) = (truth, open, spreadSetBy)
        self.drills = drills
        self.quantities = quantities
        self.lessons = lessons
        (self.comparisonNote, self.detailLines, self.recordFields) = (comparisonNote, detailLines, recordFields)
        (self.plots, self.study, self.elsewhere) = (plots, study, elsewhere)
    }

    /// What is wrong with a model's verbs against the shared table, one line a bad name (none
    /// when all is well): `own` its own verbs' names, `omitted` the shared verbs it leaves out,
    /// `overridden` each table of wording overrides by its name and keys.
    static func verbProblems(
        own: [String], omitted: [String], overridden: [(table: String, keys: [String])]
    ) -> [String] {
        let shared = verbTable.map(\.name)
        let kept = shared.filter { !omitted.contains($0) }
        var problems = omitted.filter { !shared.contains($0) }.sorted().map {
            "omittedVerbs names '\($0)', which is no shared verb (shared: \(shared.joined(separator: ", ")))"
        }
        for (table, keys) in overridden {
            problems += keys.filter { !kept.contains($0) }.sorted().map {
                omitted.contains($0)
                    ? "\(table) names '\($0)', which the model omits: its wording would never show"
                    : "\(table) names '\($0)', which is no shared verb the model keeps (its own verbs carry their wording)"
            }
        }
        problems += own.filter { kept.contains($0) }.map {
            "its own verb '\($0)' has a shared verb's name the model keeps: omit the shared one"
        }
        return problems
    }
}

/// One of a model's own verbs as the parser words it under a model without it, when that model
/// has `near`, the verb nearest to it there: `insider` (Kyle's game) under a model with `informed`.
package struct VerbElsewhere: Sendable {
    /// The verb of the other model this note needs, a shared one (`informed`).
    package let near: String
    /// The line after "VERB is not part of the X model: ".
    package let text: String

    package init(near: String, text: String) {
        (self.near, self.text) = (near, text)
    }
}

/// What `set detail` means under a model and the lines `set detail full|brief` print, in its own words.
package struct DetailLines: Sendable {
    /// What the setting does, for `params` and `help detail`.
    package let meaning: String
    /// `detail = full: each order shows Bayes' rule with its numbers`.
    package let full: String
    /// `detail = brief: one compact row per order; set detail full shows Bayes' rule`.
    package let brief: String

    package init(meaning: String, full: String, brief: String) {
        (self.meaning, self.full, self.brief) = (meaning, full, brief)
    }
}

/// Nature's truth as a model states it: a named state (`set truth high` in the binary model), a
/// number (`set truth 101.5`), or a draw from the prior at each opening (`set truth drawn`).
/// Each model's `truth` reader accepts only what the model has.
public enum ModelTruth: Equatable, Sendable {
    case state(String)
    case value(Double)
    case drawn

    /// Reads `set truth WORD` for a model whose truth is a number: `drawn`, or a finite number
    /// within ±`limit` (the range the model can price); nil otherwise.
    package static func numberOrDrawn(_ word: String, within limit: Double) -> ModelTruth? {
        if word.lowercased() == "drawn" { return .drawn }
        guard let v = NumberSyntax.number(word), v.isFinite, abs(v) <= limit else { return nil }
        return .value(v)
    }
}

extension ValueTruth {
    /// Nature's value as a `ModelTruth` names it, for a model whose truth reader is `numberOrDrawn`.
    package init(_ truth: ModelTruth) {
        switch truth {
        case .value(let v): self = .value(v)
        case .drawn: self = .drawn
        case .state: preconditionFailure("a number-or-drawn truth reader never names a state")
        }
    }
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

extension ParameterRow {
    /// The row a model's table gives, as the shell shows it.
    package init<Name>(_ row: ParameterTableRow<Name>) {
        self.init(
            name: row.name.rawValue, symbol: row.symbol, meaning: row.meaning, accepts: row.accepts,
            restartsMarket: row.restartsMarket, words: row.words)
    }
}
