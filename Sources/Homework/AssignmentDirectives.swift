import Foundation

/// One line of an assignment file: its first word, how it is written, what it means, and how it is
/// read. The one table behind the parser, `glosten assignment` help, the error wording (which
/// lists the words it accepts) and the format table of Documentation/Homework.md.
public struct AssignmentDirective: Sendable {
    public let word: String
    /// How a teacher writes it: `drill [KIND] count N`.
    public let usage: String
    public let meaning: String
    /// Whether the file must have it exactly once (`id`, `version`, `pass`).
    public let required: Bool
    /// Reads the words after `word` into the assignment being read, or says what is wrong.
    package let read: @Sendable (_ words: [String], _ rest: String, _ line: Int, _ draft: inout AssignmentDraft) -> AssignmentProblem?
}

/// An assignment as its lines are read: the header so far, and the model and settings in force.
package struct AssignmentDraft: Sendable {
    package var title: String?
    package var id: String?
    package var version: Int?
    package var due: String?
    package var passMark: Double?
    package var model: String?
    package var settings: [AssignmentItem.Setting] = []
    package var items: [AssignmentItem] = []

    /// Adds an item under the model and settings in force.
    package mutating func add(_ work: AssignmentItem.Work, line: Int) {
        items.append(AssignmentItem(work: work, model: model, settings: settings, line: line))
    }
}

/// Every directive, in the order the format table lists them.
public let assignmentDirectives: [AssignmentDirective] = [
    AssignmentDirective(
        word: "id", usage: "id WORD", meaning: "the assignment's name in every code: a-z, 0-9 and -, up to 40 characters",
        required: true,
        read: { words, _, _, draft in
            guard draft.id == nil else { return .repeated("id") }
            guard words.count == 1, AssignmentSyntax.isIdentifier(words[0]) else { return .badValue("id", words.joined(separator: " ")) }
            draft.id = words[0]
            return nil
        }),
    AssignmentDirective(
        word: "version", usage: "version N",
        meaning: "1 to \(AssignmentSyntax.largestVersion); raise it when the items change, and old codes are refused",
        required: true,
        read: { words, _, _, draft in
            guard draft.version == nil else { return .repeated("version") }
            guard words.count == 1, let n = Int(words[0]), (1...AssignmentSyntax.largestVersion).contains(n) else {
                return .badValue("version", words.joined(separator: " "))
            }
            draft.version = n
            return nil
        }),
    AssignmentDirective(
        word: "due", usage: "due TEXT", meaning: "when it is due, shown to the student as written (never checked)",
        required: false,
        read: { _, rest, _, draft in
            guard draft.due == nil else { return .repeated("due") }
            guard !rest.isEmpty else { return .badValue("due", rest) }
            draft.due = rest
            return nil
        }),
    AssignmentDirective(
        word: "pass", usage: "pass P%", meaning: "the share of the total score that passes, e.g. 60%",
        required: true,
        read: { words, _, _, draft in
            guard draft.passMark == nil else { return .repeated("pass") }
            guard words.count == 1, words[0].hasSuffix("%"), let p = Double(words[0].dropLast()), (0...100).contains(p) else {
                return .badValue("pass", words.joined(separator: " "))
            }
            draft.passMark = p / 100
            return nil
        }),
    AssignmentDirective(
        word: "model", usage: "model NAME", meaning: "the model of the items below it (until the next model line)",
        required: false,
        read: { words, _, _, draft in
            guard words.count == 1 else { return .badValue("model", words.joined(separator: " ")) }
            draft.model = words[0].lowercased()
            draft.settings = []
            return nil
        }),
    AssignmentDirective(
        word: "set", usage: "set NAME VALUE [VALUE…]",
        meaning: "a parameter for the items below it; with several values each student gets one, drawn from her id (lessons and drills set their own markets: it is for the games)",
        required: false,
        read: { words, _, line, draft in
            guard words.count >= 2 else { return .badValue("set", words.joined(separator: " ")) }
            let name = words[0].lowercased()
            draft.settings.removeAll { $0.name == name }
            draft.settings.append(AssignmentItem.Setting(name: name, values: Array(words.dropFirst()), line: line))
            return nil
        }),
    AssignmentDirective(
        word: "lesson", usage: "lesson NAME", meaning: "a lesson, played as lesson NAME plays it (its numbers are the lesson's own)",
        required: false,
        read: { words, _, line, draft in
            guard words.count == 1 else { return .badValue("lesson", words.joined(separator: " ")) }
            draft.add(.lesson(words[0].lowercased()), line: line)
            return nil
        }),
    AssignmentDirective(
        word: "drill", usage: "drill [KIND] count N",
        meaning: "N exercises (1 to \(AssignmentSyntax.largestCount)) of the model, of one KIND or mixed, from the student's own seed",
        required: false,
        read: { words, _, line, draft in
            var rest = words.map { $0.lowercased() }[...]
            var kind: String?
            if let first = rest.first, first != "count" {
                kind = first
                rest = rest.dropFirst()
            }
            guard rest.count == 2, rest.first == "count", let n = Int(rest.last ?? ""),
                (1...AssignmentSyntax.largestCount).contains(n)
            else { return .badValue("drill", words.joined(separator: " ")) }
            draft.add(.drill(kind: kind, count: n), line: line)
            return nil
        }),
    AssignmentDirective(
        word: "maker", usage: "maker RULE rounds N",
        meaning: "the market maker's game (RULE compete or monopoly), N rounds (1 to \(AssignmentSyntax.largestRounds)), from the student's own seed; compete is graded (monopoly not yet)",
        required: false,
        read: { words, _, line, draft in
            let w = words.map { $0.lowercased() }
            guard w.count == 3, ["compete", "monopoly"].contains(w[0]), w[1] == "rounds", let n = Int(w[2]),
                (1...AssignmentSyntax.largestRounds).contains(n)
            else { return .badValue("maker", words.joined(separator: " ")) }
            draft.add(.maker(rule: w[0], rounds: n), line: line)
            return nil
        }),
    AssignmentDirective(
        word: "insider", usage: "insider", meaning: "Kyle's insider game (under model kyle), from the student's own seed",
        required: false,
        read: { words, _, line, draft in
            guard words.isEmpty else { return .badValue("insider", words.joined(separator: " ")) }
            draft.add(.insider, line: line)
            return nil
        }),
]

/// Limits and small readers of the format.
public enum AssignmentSyntax {
    public static let largestVersion = 999
    public static let largestCount = 50
    public static let largestRounds = 100
    public static let largestItems = 40
    public static let largestIdentifier = 40

    /// `bayes-week-1`: lower-case letters, digits and hyphens.
    package static func isIdentifier(_ word: String) -> Bool {
        !word.isEmpty && word.count <= largestIdentifier
            && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The directive named `word`.
    package static func directive(_ word: String) -> AssignmentDirective? {
        assignmentDirectives.first { $0.word == word }
    }

    /// `id, version, due, …`: the words a line may start with.
    public static var words: String { assignmentDirectives.map(\.word).joined(separator: ", ") }

    /// The format as a Markdown table (Documentation/Homework.md holds it; a test keeps the two the same).
    public static var markdown: String {
        var rows = ["| line | meaning |", "|---|---|", "| `# TITLE` | the first line: the assignment's title |"]
        for directive in assignmentDirectives {
            rows.append("| `\(directive.usage)` | \(directive.meaning)\(directive.required ? " (required, once)" : "") |")
        }
        rows.append("| `# anything else`, blank | a comment |")
        return rows.joined(separator: "\n")
    }
}
