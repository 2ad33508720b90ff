/// A lesson: a Markdown file whose prose is narration and whose `gm` blocks are shell commands,
/// with expectations the lesson checks and predictions the learner makes.
public struct Lesson: Sendable {
    /// The file's name without `.md`, e.g. `example-1`.
    public let name: String
    /// The path the lesson was read from, for `FILE:LINE` messages.
    public let path: String
    /// The first `# ` heading, or the name.
    public let title: String
    public internal(set) var steps: [LessonStep]

    /// Reads a lesson from its Markdown text; errors name `path` and the line.
    public static func parse(_ text: String, name: String, path: String) throws(LessonError) -> Lesson {
        try LessonParser.parse(text, name: name, path: path)
    }
}

/// One step: the narration before a `gm` block, and the block (a last step may be narration only).
public struct LessonStep: Sendable {
    public var narration: [NarrationBlock] = []
    public var lines: [LessonLine] = []
    /// What the learner is asked to predict before the block's commands run.
    public var prediction: Prediction?

    /// The shell commands of the block, in order.
    public var commands: [LessonLine] { lines.filter { if case .command = $0.kind { true } else { false } } }
}

/// A piece of narration as the Markdown file has it.
public enum NarrationBlock: Equatable, Sendable {
    case heading(level: Int, text: String)
    /// A paragraph, joined into one line to be wrapped to the terminal.
    case paragraph(String)
    /// Lines shown as they are: list items, tables, quotations, code in other languages.
    case verbatim([String])
}

/// One line inside a `gm` block, with its line number in the file.
public struct LessonLine: Sendable {
    public let number: Int
    public internal(set) var kind: Kind

    public enum Kind: Sendable {
        case command(String)
        case expectation(Expectation)
        case comment(String)
    }
}

/// A promise the lesson makes about what the learner will see: checked by `lesson check`.
public enum Expectation: Equatable, Sendable {
    /// A number within a tolerance, e.g. `# expect ask 103.10 ±0.01`.
    case value(Quantity, Double, tolerance: Double)
    /// `# expect closed`, `# expect open`, `# expect ask closed`, `# expect bid open`.
    case side(LessonSide, closed: Bool)
    /// `# expect error`: the command before it is refused (a lesson about bad input).
    case error
}

/// Which part of the market `# expect … closed` talks about.
public enum LessonSide: String, Sendable {
    case market, ask, bid
}

/// A question the learner answers before the step runs: a number, the direction of a move, or
/// one of several options.
public struct Prediction: Sendable {
    public internal(set) var kind: Kind
    /// The options of a multiple-choice question (`# option a …`), in order.
    public var options: [ChoiceOption] = []
    public var hints: [String] = []
    public var explanation: String?
    public let line: Int

    public enum Kind: Equatable, Sendable {
        /// A number within a tolerance; `stated` is the author's answer, which `lesson check` verifies.
        case number(Quantity, stated: Double?, tolerance: Double)
        /// Which way a quantity moves over the block (`widen` / `narrow` for the spread, `up` / `down`
        /// otherwise); `stated` is verified by `lesson check`.
        case direction(Quantity, stated: Move?)
        /// One of the `# option` lines; the author's letter.
        case choice(answer: String)
    }

    /// How far a number may be from the answer (0 for other questions).
    public var tolerance: Double {
        if case .number(_, _, let tolerance) = kind { tolerance } else { 0 }
    }

    /// The quantity a number or direction question is about.
    public var quantity: Quantity? {
        switch kind {
        case .number(let quantity, _, _), .direction(let quantity, _): quantity
        case .choice: nil
        }
    }
}

/// The way a quantity moves over a step.
public enum Move: String, CaseIterable, Sendable {
    case up, down, same
}

/// One option of a multiple-choice question: `# option b  the spread narrows`.
public struct ChoiceOption: Equatable, Sendable {
    public let label: String
    public let text: String
}
