import Foundation
import ShellKit

/// The class server as the teacher's shell sees it: a child process (`glosten-host`) spoken to
/// in JSON lines on its standard input and output. Console commands go down; replies and the
/// class's running commentary (joins, orders, reveals) come up. Nothing here listens on a network.
final class HostLink: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var replies: [[String]] = []
    private let replied = DispatchSemaphore(value: 0)
    /// What to do with a line of commentary the class sends unasked.
    private let commentary: @Sendable (String) -> Void

    private init(commentary: @escaping @Sendable (String) -> Void) { self.commentary = commentary }

    /// Starts `binary` with `arguments`; waits for its `listening` line (or its end).
    static func start(
        _ binary: String, _ arguments: [String], commentary: @escaping @Sendable (String) -> Void
    ) throws -> (HostLink, [String: String]?) {
        let link = HostLink(commentary: commentary)
        link.process.executableURL = URL(fileURLWithPath: binary)
        link.process.arguments = arguments
        link.process.standardInput = link.input
        link.process.standardOutput = link.output
        try link.process.run()
        let opened = link.readFirstEvent()
        Thread.detachNewThread { link.readEvents() }
        return (link, opened)
    }

    private var pending = Data()

    /// The next line of the child's output, decoded; nil at its end.
    private func nextEvent() -> [String: String]? {
        while true {
            if let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[pending.startIndex..<end]
                pending = Data(pending[(end + 1)...])
                if let fields = try? JSONDecoder().decode([String: String].self, from: line) { return fields }
                continue
            }
            let more = output.fileHandleForReading.availableData
            if more.isEmpty { return nil }
            pending += more
        }
    }

    private func readFirstEvent() -> [String: String]? { nextEvent() }

    /// Reads the child's lines until it ends: replies wake `send`, commentary is shown at once.
    private func readEvents() {
        while let event = nextEvent() {
            let lines = (event["text"] ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            switch event["event"] {
            case "reply":
                lock.withLock { replies.append(lines) }
                replied.signal()
            case "teacher":
                lines.forEach(commentary)
            default:
                continue
            }
        }
        lock.withLock { replies.append(["the class server stopped"]) }
        replied.signal()
    }

    /// Sends one console command and waits (at most `seconds`) for its reply's lines.
    func send(_ command: ClassCommand, seconds: Int = 10) -> [String] {
        guard let body = try? JSONEncoder().encode(["command": command]) else { return [] }
        input.fileHandleForWriting.write(body + Data("\n".utf8))
        guard replied.wait(timeout: .now() + .seconds(seconds)) == .success else {
            return ["the class server did not answer within \(seconds) s"]
        }
        return lock.withLock { replies.removeFirst() }
    }

    /// Ends the child: closes its input (it leaves at the end of input) and waits for it.
    func close() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
