import PINModel
import ShellKit

/// The PIN model's row of `ModelKind`'s table.
package let pinModel = ModelDescriptor(
    name: "pin",
    summary: "EKOP (1996): daily buy and sell counts, PIN by maximum likelihood",
    parameters: pinParameterRows,
    help: pinHelp,
    verbs: PINVerb.verbs,
    omittedVerbs: [
        "buy": "a day's orders arrive as counts: day B S (e.g. day 30 70)",
        "sell": "a day's orders arrive as counts: day B S (e.g. day 30 70)",
        "pass": "a day's orders arrive as counts: day B S (a quiet day is day 0 0)",
        "informed": "nature draws a whole day with day (set truth good|bad|none|drawn)",
        "noise": "nature draws a whole day with day (set truth none for a day without news)",
        "explain": "day B S prints the Bayes step and the quotes; help pin gives the formulas",
        "plot": "estimate shows the fit; help estimate explains it",
        "compare": "it is the binary model's study: model binary, then compare",
        "simulate": "draw days with run N, then estimate (its standard errors come from the data)",
        "maker": "the game quotes one order at a time: model binary (or normal), then maker compete",
    ],
    truth: TruthSetting(
        meaning: "nature's type for the days drawn: good, bad, none, or drawn from alpha and delta",
        accepts: "good, bad, none or drawn", simulationAccepts: "good, bad, none or drawn",
        choicesForUsage: "good|bad|none|drawn", choices: ["good", "bad", "none", "drawn"],
        read: { word in
            let w = word.lowercased()
            if w == "drawn" { return .drawn }
            return DayType(rawValue: w).map { .state($0.rawValue) }
        }),
    open: { seed in
        var session = PINSession()
        session.setSeed(seed)
        return session
    },
    drills: ModelDrills(kinds: [.pin], probabilities: [.pin], draw: PINExercise.draw),
    quantities: pinQuantities,
    lessons: ModelLessons(own: ["pin"]),
    comparisonNote: "it trades whole days of counts (day B S), not single orders",
    detailLines: DetailLines(
        meaning: "how a day is shown: here always its Bayes step in full (display only)",
        full: "detail = full: each day shows its Bayes step with its numbers",
        brief: "detail = brief: no change here: a day always shows its Bayes step in full"),
    recordFields: PINField.keys)

/// The PIN model's parameters as `set`, `params`, `help` and completion show them.
let pinParameterRows: [ParameterRow] = PINParameterName.allCases.map { ParameterRow($0.row) }

/// What a parameter may be, in words.
func pinAccepts(_ name: PINParameterName) -> String { name.row.accepts }

/// Never withdraws: the opening quotes are always there (every rate but μ is positive).
extension PINSession: ModelMarket, ReseedsQuietly, NeverWithdraws {
    package var kind: ModelKind { .pin }
    package var time: Int { count }

    package func sameMarket(as other: any ModelMarket) -> Bool {
        guard let other = other as? PINSession else { return false }
        return other.days == days && other.origins == origins && other.parameters == parameters
    }
}

extension DayTruth {
    /// Nature's day type as a `ModelTruth` names it, as the PIN model's truth reader made it.
    init(_ truth: ModelTruth) {
        switch truth {
        case .state(let word): self = DayType(rawValue: word).map { .fixed($0) } ?? .drawn
        case .drawn: self = .drawn
        case .value: preconditionFailure("the parser reads truth under the PIN model's table")
        }
    }

    /// The word `set truth` takes for it.
    var word: String {
        switch self {
        case .fixed(let type): type.rawValue
        case .drawn: "drawn"
        }
    }
}

extension ModelKind {
    /// The pin model, as this module names it.
    package static let pin = ModelKind(pinModel)
}
