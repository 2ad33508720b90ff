import Foundation

/// The grade file: one row per graded student, as CSV or as JSON records.
public enum GradeTable {
    /// `student,valid,why,items_done,item_1,…,total,passed`, the items' columns named by their labels.
    public static func csv(_ grades: [Grade], assignment: Assignment) -> String {
        let items = assignment.items.enumerated().map { quoted("item \($0.offset + 1): \($0.element.label)") }
        var lines = [(["student", "valid", "why", "items_done"] + items + ["total", "passed"]).joined(separator: ",")]
        for grade in grades {
            let scores = grade.items.isEmpty
                ? Array(repeating: "", count: assignment.items.count) : grade.items.map { percent($0.score) }
            lines.append(
                ([quoted(grade.student), grade.valid ? "yes" : "no", quoted(grade.problem?.message ?? ""), "\(grade.done)"]
                    + scores + [percent(grade.total), grade.passed ? "yes" : "no"]).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `75.0`: a share as a percentage to one decimal.
    public static func percent(_ share: Double) -> String {
        String(format: "%.1f", share * 100)
    }

    /// A CSV field, quoted when it must be.
    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// One grade as a `--json` record.
public struct GradeRecord: Encodable, Sendable {
    public let student: String
    public let valid: Bool
    public let why: String?
    public let items_done: Int
    public let items: [ItemRecordJSON]
    public let total: Double
    public let passed: Bool

    public struct ItemRecordJSON: Encodable, Sendable {
        public let item: String
        public let done: Bool
        public let points: Double
        public let questions: Int
    }

    public init(_ grade: Grade) {
        student = grade.student
        valid = grade.valid
        why = grade.problem?.message
        items_done = grade.done
        items = grade.items.map { ItemRecordJSON(item: $0.label, done: $0.done, points: $0.points, questions: $0.questions) }
        total = grade.total
        passed = grade.passed
    }
}
