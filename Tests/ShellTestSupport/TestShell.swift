import Foundation
import ModelRegistry
import ShellKit

// How a test drives the shell: one line in, as a learner types it, its reply out. Free functions
// taking the shell `inout` (not methods), so that they can stand inside `#expect` and `#require`,
// whose expansion cannot call a mutating method.

extension Interpreter {
    /// The shell a test starts from: the models glosten ships (the registry) and their opening
    /// market, lessons from `library` (none unless given), progress kept in memory unless a store is
    /// given, and `files` for `export`, `save` and `load` (the shell's own "no files" unless given).
    /// Every test builds its shell here, so what building one takes is said in this one place.
    public static func forTests(
        library: LessonLibrary? = nil, progress: any ProgressStore = MemoryProgressStore(),
        drillProgress: any ProgressStore = MemoryProgressStore(), files: (any FileWriter)? = nil
    ) -> Interpreter {
        var shell = Interpreter(
            models: glostenModels, library: library, progress: progress, drillProgress: drillProgress)
        if let files { shell.files = files }
        return shell
    }
}

/// Runs one line as a learner types it: the reply, or nil for a blank line or a comment.
@discardableResult
public func send(_ shell: inout Interpreter, _ line: some StringProtocol) -> Reply? { shell.run(line: Array(line.utf8)) }

/// Runs one line and returns what it printed as plain text ("" when nothing).
public func printed(_ shell: inout Interpreter, _ line: some StringProtocol) -> String { send(&shell, line)?.plainText ?? "" }

/// Runs one line; a line that gives no reply gives an empty one carrying the unchanged record.
public func replyOrEmpty(_ shell: inout Interpreter, _ line: some StringProtocol) -> Reply {
    send(&shell, line) ?? Reply(lines: [], record: shell.session.snapshot)
}

/// Runs one line that must reply; throws `NoReply` (failing the test) when it gives none.
public func requireReply(_ shell: inout Interpreter, _ line: some StringProtocol) throws -> Reply {
    guard let reply = send(&shell, line) else { throw NoReply(line: String(line)) }
    return reply
}

/// Runs each `;`-separated command of `script`, trimmed, in turn: each with its reply.
@discardableResult
public func send(_ shell: inout Interpreter, script: String) -> [(line: String, reply: Reply?)] {
    script.split(separator: ";").map { part in
        let line = part.trimmingCharacters(in: .whitespaces)
        return (line, send(&shell, line))
    }
}

/// A fresh test shell that ran a `save` file's lines in turn, as `glosten FILE` does, and the
/// lines it refused, each with its error ("line: error"); none when the file replays.
public func replaying(_ saved: String) -> (shell: Interpreter, refused: [String]) {
    var shell = Interpreter.forTests()
    var refused: [String] = []
    for line in saved.split(separator: "\n") {
        if let error = send(&shell, line)?.error { refused.append("\(line): \(error.message)") }
    }
    return (shell, refused)
}

/// A line that had to reply gave none (a blank line or a comment, as the shell read it).
public struct NoReply: Error, CustomStringConvertible {
    public let line: String
    public var description: String { "'\(line)' gave no reply" }
}
