import Foundation

/// A CSV of student ids and codes, as an LMS exports it: a header naming `student` and `code`
/// columns (any others are ignored), or no header and those two first. Quoted fields are read
/// as RFC 4180 has them.
public struct CodesCSV: Sendable {
    /// A row that holds a student and a code, with its line.
    public struct Row: Equatable, Sendable {
        public var line: Int
        public var student: String
        public var code: String
    }
    /// A row that does not, with its line and why.
    public struct BadRow: Equatable, Sendable {
        public var line: Int
        public var reason: String
    }

    public var rows: [Row] = []
    public var bad: [BadRow] = []

    public init(_ text: String) {
        var studentColumn = 0
        var codeColumn = 1
        var seen: [String: Int] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let record = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if record.allSatisfy({ $0 == " " || $0 == "," || $0 == "\t" }) { continue }
            guard let fields = Self.fields(of: String(record)) else {
                bad.append(BadRow(line: line, reason: "a quote is not closed"))
                continue
            }
            let lower = fields.map { $0.lowercased() }
            if index == 0 || (rows.isEmpty && bad.isEmpty && seen.isEmpty),
                let s = lower.firstIndex(where: { ["student", "student id", "student_id", "id"].contains($0) })
            {
                studentColumn = s
                codeColumn = lower.firstIndex(where: { $0.contains("code") }) ?? (s == 0 ? 1 : 0)
                continue
            }
            guard fields.count > max(studentColumn, codeColumn) else {
                bad.append(BadRow(line: line, reason: "\(fields.count) field\(fields.count == 1 ? "" : "s"); a row holds a student id and a code"))
                continue
            }
            let student = StudentDerivation.normalised(fields[studentColumn])
            let code = fields[codeColumn].trimmingCharacters(in: .whitespaces)
            if student.isEmpty {
                bad.append(BadRow(line: line, reason: "no student id"))
            } else if code.isEmpty {
                bad.append(BadRow(line: line, reason: "no code for \(student)"))
            } else if let first = seen[student] {
                bad.append(BadRow(line: line, reason: "\(student) has a code on line \(first) already; the first is graded"))
            } else {
                seen[student] = line
                rows.append(Row(line: line, student: student, code: code))
            }
        }
    }

    /// The fields of one line; nil when a quote is left open.
    static func fields(of line: String) -> [String]? {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var chars = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        if quoted { return nil }
        fields.append(field)
        return fields.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
