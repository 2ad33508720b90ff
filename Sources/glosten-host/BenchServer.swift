import Foundation
import ShellKit

/// The class server under measurement: this same binary started as a child process on loopback,
/// so that its memory is its own. Its standard output (JSON lines) is read on a thread of its
/// own, so the server never blocks on a full pipe; console commands go to its standard input.
final class BenchServer: @unchecked Sendable {
    let process = Process()
    let database: String
    private let output = Pipe()
    private let input = Pipe()
    private let lock = NSCondition()
    private var lines: [[String: String]] = []
    private var ended = false

    init() throws {
        database = FileManager.default.temporaryDirectory
            .appendingPathComponent("glosten-bench-\(ProcessInfo.processInfo.processIdentifier).sqlite").path
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--bind", "127.0.0.1", "--port", "0", "--db", database]
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        Thread.detachNewThread { [self] in read() }
    }

    private func read() {
        var buffer = Data()
        while true {
            let more = output.fileHandleForReading.availableData
            lock.lock()
            defer {
                lock.broadcast()
                lock.unlock()
            }
            guard !more.isEmpty else {
                ended = true
                return
            }
            buffer += more
            while let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[buffer.startIndex..<end]
                // The teacher's lines (every order's Bayes step) are read and dropped.
                if let object = try? JSONDecoder().decode([String: String].self, from: line), object["event"] != "teacher" {
                    lines.append(object)
                }
                buffer = Data(buffer[(end + 1)...])
            }
        }
    }

    /// The next line whose `event` is `event`, or nil after `seconds` or when the server is gone.
    func line(_ event: String, within seconds: Double = 60) -> [String: String]? {
        let deadline = Date(timeIntervalSinceNow: seconds)
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let index = lines.firstIndex(where: { $0["event"] == event }) {
                let found = lines[index]
                lines.removeFirst(index + 1)
                return found
            }
            guard !ended, lock.wait(until: deadline) else { return nil }
        }
    }

    /// Sends a console command as the teacher's shell does; returns the reply's text.
    @discardableResult
    func console(_ command: ClassCommand) -> String {
        guard let line = try? JSONEncoder().encode(["command": command]) else { return "" }
        input.fileHandleForWriting.write(line + Data("\n".utf8))
        return self.line("reply")?["text"] ?? "(no reply)"
    }

    /// A field of the server's /proc status, in MB (`VmHWM`: its peak resident memory; `VmRSS`: now).
    func memoryMB(_ field: String) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
            let kB = Double(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
        else { return nil }
        return kB / 1024
    }

    /// Ends the server (SIGTERM, as the teacher's shell does) and removes its log.
    func stop() {
        process.terminate()
        process.waitUntilExit()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    }
}
