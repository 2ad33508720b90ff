import Foundation

/// One drill exercise: the market it is set in, the question, the right answer as the model's own
/// code computed it, and the worked solution as the shell prints it, one step at a time.
package struct Exercise: Sendable {
    package let model: ModelKind
    package let kind: DrillKind
    package let answer: DrillValue
    /// How many worked steps there are, known before their words are built.
    package let stepCount: Int
    /// The words: given, or built when first read (see `init(model:kind:answer:stepCount:words:)`).
    private let source: Source

    private enum Source: Sendable {
        case given(Words)
        case dealt(WorkedExercise)
    }

    private var words: Words {
        switch source {
        case .given(let words): words
        case .dealt(let worked): worked.exercise.words
        }
    }

    /// The words of an exercise made with all of them given.
    private struct Words: Sendable {
        var setting: [Line], question: String, answerName: String, answerSentence: String
        var steps: [[Line]], commands: [String], recordKey: String
    }

    /// The market in words: `V is 96 or 104, P(V = 104) = θ = 0.6, …`.
    package var setting: [Line] { words.setting }
    /// The question, with its tolerance: `A buy arrives. What is the new ask? (to 2 decimals, ±0.01)`.
    package var question: String { words.question }
    /// `the new ask`: what the answer is, for the line that corrects a wrong one.
    package var answerName: String { words.answerName }
    /// `the new ask is 102.6667`, `yes: the ask is withdrawn`.
    package var answerSentence: String { words.answerSentence }
    /// The worked solution, one step per wrong answer or hint: the lines `buy`, `sell` or
    /// `explain` print for this market, in the order one works it out.
    package var steps: [[Line]] { words.steps }
    /// The shell commands that build this market and show the answer (`set low 96`, …, `buy`).
    package var commands: [String] { words.commands }
    /// Where the last command's `--json` record holds the answer (`ask`, `p_informed`, `ask_closed`).
    package var recordKey: String { words.recordKey }
    /// The exercise with its words built (itself, when they were given): for tests that hold a
    /// dealt answer and step count against the full exercise's.
    package var worked: Exercise {
        switch source {
        case .given: self
        case .dealt(let worked): worked.exercise
        }
    }

    /// How far from the right number an answer may be.
    package static let tolerance = 0.01

    /// The question's tolerance, as the question states it.
    package static var toleranceText: String { "to 2 decimals, within ±\(Format.number(tolerance))" }

    /// Whether `given` is right: within the tolerance for a number, the same word for yes/no.
    package func accepts(_ given: DrillValue) -> Bool {
        switch (answer, given) {
        case (.number(let right), .number(let x)): DirectiveSyntax.holds(x, right, within: Self.tolerance)
        case (.yes(let right), .yes(let said)): right == said
        default: false
        }
    }

    /// Reads a line as an answer to this exercise: a number (a probability also as `75%`), or
    /// yes/no for a yes/no question; nil when the line is not one.
    package func reading(_ text: String) -> DrillValue? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch answer {
        case .number:
            if isProbability, word.hasSuffix("%"), let percent = Arithmetic.value(String(word.dropLast())) {
                return .number(percent / 100)
            }
            return Arithmetic.value(word).map(DrillValue.number)
        case .yes:
            if ["yes", "y"].contains(word) { return .yes(true) }
            if ["no", "n"].contains(word) { return .yes(false) }
            return nil
        }
    }

    /// What an answer looks like, for the line shown when one cannot be read.
    package var accepts: String {
        switch answer {
        case .number:
            isProbability
                ? "a probability such as 0.65, 13/20, 65% or 0.3*0.5/0.4708"
                : "a number such as 102.67, 308/3 or 96+8*0.65"
        case .yes: "yes or no"
        }
    }

    /// Whether the answer is a probability (answers may be percentages).
    package var isProbability: Bool {
        model.descriptor.drills?.probabilities.contains(kind) ?? false
    }

    /// What is wrong with a wrong answer, without giving the right one away.
    package func correction(to given: DrillValue) -> String {
        switch (answer, given) {
        case (.number(let right), .number(let x)):
            "not quite: \(answerName) is \(x < right ? "higher" : "lower") than \(Format.number(x))"
        default: "not quite"
        }
    }

    package init(model: ModelKind, kind: DrillKind, setting: [Line], question: String, answer: DrillValue, answerName: String, answerSentence: String, steps: [[Line]], commands: [String], recordKey: String) {
        self.model = model
        self.kind = kind
        self.answer = answer
        stepCount = steps.count
        source = .given(Words(
            setting: setting, question: question, answerName: answerName, answerSentence: answerSentence,
            steps: steps, commands: commands, recordKey: recordKey))
    }

    /// An exercise dealt with its answer and step count only: `words` (the model's full exercise,
    /// with the same answer and as many steps) runs the first time a word is read.
    package init(model: ModelKind, kind: DrillKind, answer: DrillValue, stepCount: Int, words: @escaping @Sendable () -> Exercise) {
        self.model = model
        self.kind = kind
        self.answer = answer
        self.stepCount = stepCount
        source = .dealt(WorkedExercise(words))
    }
}

/// An answer to a drill exercise: a number, or yes/no.
package enum DrillValue: Equatable, Sendable, Encodable {
    case number(Double)
    case yes(Bool)

    /// `102.6667`, `yes`.
    package var text: String {
        switch self {
        case .number(let x): Format.price(x)
        case .yes(let b): b ? "yes" : "no"
        }
    }

    package func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let x): try c.encode(x)
        case .yes(let b): try c.encode(b ? "yes" : "no")
        }
    }
}
