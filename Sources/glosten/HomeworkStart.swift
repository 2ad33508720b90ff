import Foundation
import Homework
import ShellKit

/// `homework FILE` typed in the shell: the assignment read and checked, the student id asked once
/// (`student id>`; kept in the state folder's `student` file, so the next `homework` does not ask),
/// and the homework opened as `glosten homework FILE --student ID` opens it.
enum HomeworkStart {
    /// The longest student id taken.
    static let largestId = 64

    /// The homework of `source` for the student, or the line that says why it does not start.
    /// `ask` reads one line at the `student id>` prompt (nil: the student left it).
    static func keeper(_ source: String, ask: () -> String?) -> Result<(HomeworkKeeper, warning: String?), ShellError> {
        let assignment: Assignment
        switch AssignmentFiles.load(source) {
        case .failure(let refusal): return .failure(.homeworkRefused(refusal.line))
        case .success(let loaded): assignment = loaded
        }
        if let problem = AssignmentFiles.problems(assignment).first { return .failure(.homeworkRefused(problem)) }
        let file = StateFolder.path().map { $0 + "/student" }
        var student = file.flatMap(saved)
        if student == nil {
            guard let typed = ask() else { return .failure(.homeworkRefused("no student id given; homework not started")) }
            guard let id = valid(typed) else {
                return .failure(
                    .homeworkRefused(
                        "'\(typed.prefix(largestId))' is not a student id: one word of 1 to \(largestId) characters, as your teacher's list has it (e.g. s1234567); type homework \(source) again"))
            }
            student = id
            if let file { keep(id, in: file) }
        }
        return .success(HomeworkKeeper.open(assignment, student: student ?? ""))
    }

    /// `homework b⇥`: the shipped assignments' names that complete the word (files complete too).
    static func shippedNames(completing text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        let endsInSpace = text.hasSuffix(" ")
        guard words.first?.lowercased() == "homework", (words.count == 1 && endsInSpace) || (words.count == 2 && !endsInSpace)
        else { return [] }
        let current = words.count == 2 ? String(words[1]) : ""
        return ShippedAssignments.all.map(\.name).filter { $0.hasPrefix(current) }
    }

    /// The id as typed, normalised; nil when it is not one word of printable characters.
    static func valid(_ typed: String) -> String? {
        let id = StudentDerivation.normalised(typed)
        guard !id.isEmpty, id.count <= largestId,
            id.unicodeScalars.allSatisfy({ !$0.properties.isWhitespace && $0.value >= 0x21 && $0.value != 0x7F })
        else { return nil }
        return id
    }

    /// The id kept in `file`, if it holds one.
    private static func saved(_ file: String) -> String? {
        guard case .success(let text) = AssignmentFiles.readText(file, limit: 1024) else { return nil }
        return valid(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func keep(_ id: String, in file: String) {
        StateFolder.createFolder(of: file)
        let bytes = Array((id + "\n").utf8)
        try? AtomicFile.write(to: file, mode: 0o600) { sink throws(WriteProblem) in try sink(bytes) }
    }
}

extension HomeworkKeeper {
    /// The homework of `assignment` for `student`, resumed from the state folder's codes; the
    /// warning when there is no state folder to keep it in.
    static func open(_ assignment: Assignment, student: String) -> (HomeworkKeeper, warning: String?) {
        let store = HomeworkFile.inStateFolder()
        let fresh = HomeworkSession(assignment: assignment, student: student, saved: nil)
        let session = HomeworkSession(assignment: assignment, student: student, saved: store?.load(fresh.key))
        let warning = store == nil ? "warning: no state folder (HOME or XDG_STATE_HOME); this homework is not kept" : nil
        return (HomeworkKeeper(session: session, store: store), warning)
    }
}
