/// The lines every game says about its input and its start, worded in one place.
package enum GameText {
    /// What a game's move looks like, ending the line that refuses a line that is not one.
    package static func refusal(_ typed: String, expects: String) -> String {
        "'\(printable(typed))' is not a move: the game expects \(expects); quit leaves it"
    }

    /// A move with numbers outside the game's range.
    package static func outOfRange(_ typed: String, expects: String) -> String {
        "'\(printable(typed))' is out of range: the game expects \(expects)"
    }

    /// A game started while another is being played.
    static func oneAtATime(_ position: String) -> String {
        "a game is being played (\(position)): finish it, or leave it (quit), before starting another"
    }

    /// Why a verb of another model is not here: in that model's words when it says more and this
    /// model has the verb its words need (its descriptor's `elsewhere`); otherwise which model has it.
    package static func elsewhere(_ verb: String, model other: ModelKind, here: ModelKind) -> String {
        if let note = other.descriptor.elsewhere[verb], here.verb(named: note.near) != nil { return note.text }
        return "it is the \(other.rawValue) model's (model \(other.rawValue) first)"
    }

    /// `help`'s lines for the games the current model does not play, each with the models that
    /// do: `  insider [SEED]    (model kyle) be Kyle's insider for a day …`.
    static func elsewhereInHelp(_ model: ModelKind, models: ModelCatalog) -> [Line] {
        var names: [String] = []
        for other in models.kinds {
            for verb in other.verbs where verb.group == .games && model.verb(named: verb.name) == nil && !names.contains(verb.name) {
                names.append(verb.name)
            }
        }
        return names.map { name in
            let offering = models.kinds.filter { $0.verb(named: name) != nil }
            let verb = offering.first?.verb(named: name)
            let usage = (verb?.usage.count ?? 99) <= 16 ? verb?.usage ?? name : name + " …"
            let needs = "(model " + offering.map(\.rawValue).joined(separator: " or ") + ") "
            return Line(Format.pad("  " + usage, 18) + needs + (verb?.summary ?? ""), .dim)
        }
    }

    /// `help insider` under a model that does not play it: the game's help under the first model
    /// that does, headed by the models it needs; nil when `topic` is no other model's game.
    static func helpElsewhere(_ topic: String, here: ModelKind, models: ModelCatalog) -> [Line]? {
        let offering = models.kinds.filter { $0.verb(named: topic)?.group == .games }
        guard let first = offering.first, here.verb(named: topic) == nil, let verb = first.verb(named: topic) else {
            return nil
        }
        let needs = offering.map { "model \($0.rawValue)" }.joined(separator: " or ")
        return [
            Line("usage: \(verb.usage)   (needs \(needs) first)", .heading),
            Line("  \(first.verbSummaries[verb.name] ?? verb.summary)"),
            Line("  \(verb.details(under: first, models: models))"),
        ]
    }

    /// How arithmetic may be typed in a move, for the expectation lines.
    package static let arithmetic = "arithmetic like 96+2, no spaces"

    /// `16 to 184`: a range of prices in the shell's value format.
    package static func range(_ r: ClosedRange<Double>) -> String {
        "\(signed(r.lowerBound, plus: false)) to \(signed(r.upperBound, plus: false))"
    }

    private static func signed(_ x: Double, plus: Bool) -> String {
        x < 0 ? "−" + Format.value(-x) : Format.value(x)
    }
}

/// A fresh seed for a game started without one: short enough to type, printed so it can be
/// replayed.
package enum GameSeed {
    package static let range: ClosedRange<UInt64> = 1...99_999

    package static func fresh() -> UInt64 {
        var generator = SystemRandomNumberGenerator()
        return UInt64.random(in: range, using: &generator)
    }
}
