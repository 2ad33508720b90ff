import Foundation

@testable import ShellKit

/// Files kept in memory, by path.
final class DealerFiles: FileWriter, @unchecked Sendable {
    var texts: [String: String] = [:]
    func write(
        to path: String, _ produce: ((borrowing [UInt8]) throws(WriteProblem) -> Void) throws(WriteProblem) -> Void
    ) throws(WriteProblem) {
        var bytes: [UInt8] = []
        try produce { bytes += $0 }
        texts[path] = String(decoding: bytes, as: UTF8.self)
    }
}

/// Runs one line as a learner types it.
func send(_ shell: inout Interpreter, _ line: String) -> Reply? { shell.run(line: Array(line.utf8)) }

/// A CSV file's rows split into fields.
func csvRows(_ text: String) -> [[String]] {
    text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
}

/// `state`'s JSON record as the machine reads it.
func fields(_ reply: Reply?) -> [String: Double?] { reply?.record.fields ?? [:] }
