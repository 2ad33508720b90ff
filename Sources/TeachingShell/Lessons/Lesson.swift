/// A lesson: a Markdown file whose prose is narration and whose `gm` blocks are shell commands,
/// with expectations the lesson checks and predictions the learner makes.
public struct Lesson: Sendable {
    /// The file's name without `.md`, e.g. `example-1`.
    public let name: String
    /// The path the lesson was read from, for `FILE:LINE` messages.
    public let path: String
    /// The first `# ` heading, or the name.
    public let title: String
    public let steps: [LessonStep]

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
    public let kind: Kind

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

/// A number the learner predicts before the step runs.
public struct Prediction: Sendable {
    public let quantity: Quantity
    /// The value the author wrote, checked against the model by `lesson check` (optional).
    public let stated: Double?
    public let tolerance: Double
    public var hints: [String] = []
    public var explanation: String?
    public let line: Int
}
