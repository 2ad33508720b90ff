/// One directive of a `gm` block: its word, how it is written, what it means, and how it is read.
/// The one table behind the lesson parser, its error wording and the author's guide
/// (lessons/README.md holds `DirectiveTable.markdown`, and a test keeps the two the same).
public struct Directive: Sendable {
    public let word: String
    /// How an author writes it, with what it means, one row each.
    public let forms: [(examples: [String], meaning: String)]
    /// Reads the words after the directive into the step, or says what is wrong. `follows` is
    /// true when the line just above in the block is the same directive (its lines go on).
    package let read: @Sendable (_ rest: String, _ line: Int, _ follows: Bool, _ step: inout LessonStep) -> LessonError.Problem?
}

/// Every directive, in the order the author's guide lists them.
public let directiveTable: [Directive] = [
    Directive(
        word: "expect",
        forms: [
            (["# expect ask 103.10 ±0.01"], "after the commands above it, the ask is 103.10 within 0.01"),
            (
                ["# expect p_high 13/20"],
                "no tolerance: half a unit in the last written place (0.65 → ±0.005); a fraction is exact to 1e-9"
            ),
            (["# expect closed", "# expect open"], "both sides withdrawn / not both withdrawn"),
            (["# expect ask closed", "# expect bid open"], "one side"),
            (["# expect error"], "the command just above is refused (for lessons about bad input)"),
        ],
        read: { rest, line, _, step in
            guard let expectation = DirectiveSyntax.expectation(rest) else { return .badExpectation(rest) }
            step.lines.append(LessonLine(number: line, kind: .expectation(expectation)))
            return nil
        }),
    Directive(
        word: "predict",
        forms: [
            (["# predict ask ±0.05"], "before the block runs, the learner predicts the ask after it, within 0.05"),
            (["# predict p_high 0.65 ±0.01"], "the same, with the author's answer, which lesson check verifies"),
            (
                ["# predict direction spread widen"],
                "the learner says which way it moves: widen / narrow, or up / down (same when it does not move); the author's word is verified"
            ),
            (["# predict choice b"], "multiple choice: the learner picks one of the # option lines; b is the answer"),
        ],
        read: { rest, line, _, step in
            guard step.prediction == nil else { return .twoPredictions }
            guard let kind = DirectiveSyntax.prediction(rest) else { return .badPrediction(rest) }
            step.prediction = Prediction(kind: kind, line: line)
            return nil
        }),
    Directive(
        word: "option",
        forms: [
            (["# option a  the spread widens"], "one answer of a # predict choice, labelled by its letter")
        ],
        read: { rest, line, _, step in
            guard case .choice = step.prediction?.kind else { return .orphanOption }
            let label = String(rest.prefix { !$0.isWhitespace })
            guard let letter = DirectiveSyntax.choiceLabel(label) else { return .badOption(rest) }
            let text = rest.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return .badOption(rest) }
            guard step.prediction?.options.contains(where: { $0.label == letter }) == false else {
                return .badOption(rest)
            }
            step.prediction?.options.append(ChoiceOption(label: letter, text: text))
            return nil
        }),
    Directive(
        word: "hint",
        forms: [
            (
                ["# hint …"],
                "shown after a wrong answer, one per try, in order, or when the learner types hint; each line is one hint"
            )
        ],
        read: { rest, _, _, step in
            guard step.prediction != nil else { return .orphanHint("hint") }
            guard !rest.isEmpty else { return .emptyDirective("hint") }
            step.prediction?.hints.append(rest)
            return nil
        }),
    Directive(
        word: "explain",
        forms: [
            (
                ["# explain …", "# explain …"],
                "shown once the answer is revealed; consecutive lines are one explanation, joined"
            )
        ],
        read: { rest, line, follows, step in
            guard step.prediction != nil else { return .orphanHint("explain") }
            guard !rest.isEmpty else { return .emptyDirective("explain") }
            guard let before = step.prediction?.explanation else {
                step.prediction?.explanation = rest
                return nil
            }
            // A second explanation apart from the first would replace it: refuse it instead.
            guard follows else { return .explanationApart }
            step.prediction?.explanation = before + " " + rest
            return nil
        }),
]

/// The directive table as the author's guide shows it.
public enum DirectiveTable {
    /// The directive named `word`, if any.
    package static func directive(_ word: String) -> Directive? {
        directiveTable.first { $0.word == word }
    }

    /// The directive words, for suggestions and error messages.
    package static var words: [String] { directiveTable.map(\.word) }

    /// The Markdown table of lessons/README.md.
    public static var markdown: String {
        var rows = ["| directive | meaning |", "|---|---|"]
        for directive in directiveTable {
            for form in directive.forms {
                rows.append("| \(form.examples.map { "`\($0)`" }.joined(separator: " / ")) | \(form.meaning) |")
            }
        }
        rows.append("| `# anything else` | a comment, shown dimmed |")
        return rows.joined(separator: "\n")
    }
}
