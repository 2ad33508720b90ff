import MarketCore

/// How a piece of text should look; the executable maps tones to colours (or to nothing).
public enum Tone: Sendable {
    case plain
    /// A buy, or something that moved up.
    case buy
    /// A sell, or something that moved down.
    case sell
    /// What the market maker cannot see: nature's truth, the trader's type.
    case hidden
    case heading
    /// Emphasis in prose (`**bold**` in a lesson).
    case strong
    case error
    case warning
    /// Secondary text: labels, units, hints.
    case dim
}

/// A run of text in one tone.
public struct Span: Equatable, Sendable {
    public let text: String
    public let tone: Tone

    public init(_ text: String, _ tone: Tone = .plain) {
        self.text = text
        self.tone = tone
    }
}

/// One line of output made of spans; a row of a table also carries its table's columns, so that
/// a narrow terminal wraps each cell inside its column.
public struct Line: Equatable, Sendable {
    public var spans: [Span]
    public var table: TableLayout?

    public init(_ spans: [Span]) { self.spans = spans }
    public init(_ text: String, _ tone: Tone = .plain) { spans = [Span(text, tone)] }

    /// The text without any tone.
    public var plain: String { spans.map(\.text).joined() }
}

/// What running one command produced: the lines to show, the machine-readable record, and
/// whether the command failed or asked to leave.
public struct Reply: Sendable {
    public var lines: [Line]
    public var record: Record
    public var error: ShellError?
    public var quits: Bool
    /// `lesson NAME present`: the slides a terminal shows one per key (the lines hold them all).
    public var slides: [Slide]?
    /// `homework FILE`: the assignment the executable is to start (it reads files; the shell does not).
    public var homework: String?

    public init(lines: [Line], record: Record, error: ShellError? = nil, quits: Bool = false) {
        self.lines = lines
        self.record = record
        self.error = error
        self.quits = quits
    }

    /// All lines as plain text, one per line, with a trailing newline when non-empty.
    public var plainText: String {
        lines.isEmpty ? "" : lines.map(\.plain).joined(separator: "\n") + "\n"
    }
}
