import Foundation

/// Reads an assignment file: `# TITLE` first, then one directive a line (`assignmentDirectives`);
/// other `#` lines and blank lines are comments. The first problem stops it, with its line.
public enum AssignmentParser {
    /// The largest file read.
    public static let largestFile = 64 * 1024

    public static func parse(_ text: String, path: String) throws(AssignmentError) -> Assignment {
        guard text.utf8.count <= largestFile else {
            throw AssignmentError(path: path, line: 0, problem: .unreadable("larger than \(largestFile / 1024) KB; an assignment is a few lines"))
        }
        var draft = AssignmentDraft()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if draft.title == nil {
                guard trimmed.hasPrefix("# "), !trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw AssignmentError(path: path, line: line, problem: .noTitle)
                }
                draft.title = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
                continue
            }
            if trimmed.hasPrefix("#") { continue }
            let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let word = words[0].lowercased()
            guard let directive = AssignmentSyntax.directive(word) else {
                throw AssignmentError(path: path, line: line, problem: .unknownDirective(words[0]))
            }
            let rest = trimmed.dropFirst(words[0].count).trimmingCharacters(in: .whitespaces)
            if let problem = directive.read(Array(words.dropFirst()), rest, line, &draft) {
                throw AssignmentError(path: path, line: line, problem: problem)
            }
        }
        guard let title = draft.title else { throw AssignmentError(path: path, line: 0, problem: .noTitle) }
        for directive in assignmentDirectives where directive.required {
            let missing =
                switch directive.word {
                case "id": draft.id == nil
                case "version": draft.version == nil
                default: draft.passMark == nil
                }
            if missing { throw AssignmentError(path: path, line: 0, problem: .missing(directive.word)) }
        }
        guard !draft.items.isEmpty else { throw AssignmentError(path: path, line: 0, problem: .noItems) }
        guard draft.items.count <= AssignmentSyntax.largestItems else {
            throw AssignmentError(path: path, line: draft.items[AssignmentSyntax.largestItems].line, problem: .tooManyItems(draft.items.count))
        }
        return Assignment(
            title: title, id: draft.id ?? "", version: draft.version ?? 1, due: draft.due,
            passMark: draft.passMark ?? 0, items: draft.items, path: path)
    }
}
