import Foundation
import ShellKit

/// The built `glosten-host` run as a child process: its standard output read as JSON lines on a
/// thread of its own (so the child never blocks on a full pipe), console commands written to its
/// standard input.
final class HostChild: @unchecked Sendable {
    let process = Process()
    private let output = Pipe()
    private let input = Pipe()
    private let lock = NSCondition()
    private var events: [[String: String]] = []
    private var ended = false

    /// The binary beside the test bundle (`.build/debug/glosten-host`).
    static var binary: URL {
        var folder = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("glosten-host").path),
            folder.pathComponents.count > 1
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("glosten-host")
    }

    static func start(_ arguments: [String]) throws -> HostChild {
        let child = HostChild()
        child.process.executableURL = binary
        child.process.arguments = arguments
        child.process.standardOutput = child.output
        child.process.standardInput = child.input
        try child.process.run()
        Thread.detachNewThread { child.read() }
        return child
    }

    private func read() {
        var buffer = Data()
        while true {
            let more = output.fileHandleForReading.availableData
            lock.lock()
            if more.isEmpty {
                ended = true
                lock.broadcast()
                lock.unlock()
                return
            }
            buffer += more
            while let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                if let event = try? JSONDecoder().decode([String: String].self, from: buffer[buffer.startIndex..<end]) {
                    events.append(event)
                }
                buffer = Data(buffer[(end + 1)...])
            }
            lock.broadcast()
            lock.unlock()
        }
    }

    /// The first line not yet taken that `matches` accepts (the lines before it are dropped), or
    /// an error after `seconds` or when the child's output ends.
    func event(within seconds: Double = 30, where matches: ([String: String]) -> Bool = { _ in true }) throws
        -> [String: String]
    {
        let deadline = Date(timeIntervalSinceNow: seconds)
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let index = events.firstIndex(where: matches) {
                let event = events[index]
                events.removeFirst(index + 1)
                return event
            }
            guard !ended, lock.wait(until: deadline) else { throw CocoaError(.fileReadUnknown) }
        }
    }

    /// The next line of standard output, decoded: the first the child writes is `listening`.
    func readEvent() throws -> [String: String] { try event() }

    /// Sends one console command, as the teacher's shell does, and returns the reply's text.
    func console(_ command: ClassCommand) throws -> String {
        let line = try JSONEncoder().encode(["command": command]) + Data("\n".utf8)
        input.fileHandleForWriting.write(line)
        return try event { $0["event"] == "reply" }["text"] ?? ""
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
