import Foundation

/// The lines of a script given as `-c COMMANDS` or as a file, as raw bytes.
enum ScriptLines {
    /// Why the last `file(_:)` failed, in words.
    nonisolated(unsafe) static var lastError = ""

    /// `-c 'set mu 0.3; buy; sell'`: commands split at ';' and newlines.
    static func commandLine(_ text: String) -> [[UInt8]] {
        Array(text.utf8).split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\n") }.map(Array.init)
    }

    /// The lines of a file, or nil if it cannot be read.
    static func file(_ path: String) -> [[UInt8]]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            lastError = !exists ? "no such file" : (isDirectory.boolValue ? "it is a directory" : "permission denied")
            return nil
        }
        var lines = Array(data).split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: "\n") }.map { line in
            line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : Array(line)
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
