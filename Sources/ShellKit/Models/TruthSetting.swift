/// Nature's truth under one model as the shell offers it: what `set truth` sets and takes (for
/// `params`, `help truth`, usage lines, completion and errors), and the reader of its words.
package struct TruthSetting: Sendable {
    /// What `set truth` sets, for `params` and `help truth`.
    let meaning: String
    /// The words `set truth` takes, in words, for help and errors.
    let accepts: String
    /// What `simulate … truth` takes, in words.
    let simulationAccepts: String
    /// `high|low|none`: what `truth` takes, as a usage line writes it.
    let choicesForUsage: String
    /// The words that complete `set truth `.
    let choices: [String]
    /// Reads `set truth WORD` (and `simulate … truth WORD`).
    let read: @Sendable (String) -> ModelTruth?

    package init(
        meaning: String, accepts: String, simulationAccepts: String, choicesForUsage: String, choices: [String],
        read: @escaping @Sendable (String) -> ModelTruth?
    ) {
        (self.meaning, self.accepts, self.simulationAccepts) = (meaning, accepts, simulationAccepts)
        (self.choicesForUsage, self.choices, self.read) = (choicesForUsage, choices, read)
    }

    /// A model that hides no value: every word is refused, and `accepts` says why.
    package static func nothingHidden(meaning: String, accepts: String) -> TruthSetting {
        TruthSetting(
            meaning: meaning, accepts: accepts, simulationAccepts: accepts, choicesForUsage: "—", choices: [],
            read: { _ in nil })
    }

    /// A model whose truth is nature's value, a finite number within ±`limit` or `drawn`
    /// (`ModelTruth.numberOrDrawn`), in `set truth` and `simulate` alike.
    package static func number(meaning: String, accepts: String, within limit: Double) -> TruthSetting {
        TruthSetting(
            meaning: meaning, accepts: accepts, simulationAccepts: accepts, choicesForUsage: "V", choices: ["drawn"],
            read: { ModelTruth.numberOrDrawn($0, within: limit) })
    }
}
