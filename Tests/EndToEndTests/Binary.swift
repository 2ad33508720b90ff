import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Runs the real `glosten` executable as a subprocess: finds it, feeds stdin, collects stdout and
// stderr, and kills it when it runs past a deadline so a hung binary fails a test instead of CI.

/// What one run of the binary produced.
struct RunResult: Sendable {
    /// The exit status, or the signal number when `signalled`.
    let status: Int32
    /// True when the process died of a signal (a crash) instead of exiting.
    let signalled: Bool
    let stdoutData: Data
    let stderrData: Data

    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    /// stdout split into lines, without the trailing empty piece.
    var stdoutLines: [String] { lines(stdout) }
    var stderrLines: [String] { lines(stderr) }

    private func lines(_ text: String) -> [String] {
        var parts = text.components(separatedBy: "\n")
        if parts.last == "" { parts.removeLast() }
        return parts
    }
}

/// Why the binary could not be run to completion.
struct BinaryFailure: Error, CustomStringConvertible {
    let description: String
}

/// The `glosten` executable under test: $GLOSTEN_BIN, else next to the test runner.
enum Binary {
    /// The binary's URL, or the reason it was not found (places searched included).
    static let located: Result<URL, BinaryFailure> = locate()

    private static func locate() -> Result<URL, BinaryFailure> {
        let files = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["GLOSTEN_BIN"], !explicit.isEmpty {
            return files.isExecutableFile(atPath: explicit)
                ? .success(URL(fileURLWithPath: explicit))
                : .failure(BinaryFailure(description: "GLOSTEN_BIN=\(explicit) is not an executable file"))
        }
        // Under `swift test` on Linux the runner is <scratch>/debug/<package>PackageTests.xctest, an
        // executable beside `glosten`; on macOS it is inside an .xctest bundle in the same folder.
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folders = [
            runner.deletingLastPathComponent(), Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        let candidates = folders.map { $0.appendingPathComponent("glosten").path }
        if let found = candidates.first(where: { files.isExecutableFile(atPath: $0) }) {
            return .success(URL(fileURLWithPath: found))
        }
        return .failure(
            BinaryFailure(
                description: """
                    glosten binary not found; looked in: \(candidates.joined(separator: ", ")). \
                    Build it first (swift build --scratch-path …) or set GLOSTEN_BIN to its path.
                    """))
    }
}

/// Broken pipes must not kill the test runner when the binary stops reading stdin early.
private let ignoreSIGPIPE: Void = { signal(SIGPIPE, SIG_IGN) }()

/// Collected bytes from one stream, filled on a background queue.
private final class Sink: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ new: Data) {
        lock.lock()
        data = new
        lock.unlock()
    }
    var value: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}

/// Runs `glosten arguments…` with `stdin` as its standard input (always a pipe, never the
/// runner's terminal) and returns its status and output. Throws when the binary is missing or
/// does not finish within `timeout` seconds (it is then killed).
func run(
    arguments: [String], stdin: Data = Data(), environment: [String: String]? = nil,
    timeout: TimeInterval = 60
) throws -> RunResult {
    _ = ignoreSIGPIPE
    let binary = try Binary.located.get()
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let environment { process.environment = environment }
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors

    let group = DispatchGroup()
    let out = Sink()
    let err = Sink()
    group.enter()
    process.terminationHandler = { _ in group.leave() }
    try process.run()

    for (pipe, sink) in [(output, out), (errors, err)] {
        let handle = pipe.fileHandleForReading
        DispatchQueue.global().async(group: group) { sink.set(handle.readDataToEndOfFile()) }
    }
    let writer = input.fileHandleForWriting
    DispatchQueue.global().async(group: group) {
        stdin.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let n = write(writer.fileDescriptor, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 { offset += n } else if n < 0, errno == EINTR { continue } else { break }
            }
        }
        try? writer.close()
    }

    if group.wait(timeout: .now() + timeout) == .timedOut {
        let pid = process.processIdentifier
        kill(pid, SIGKILL)
        _ = group.wait(timeout: .now() + 10)
        throw BinaryFailure(
            description: """
                glosten \(arguments) did not finish within \(Int(timeout)) s and was killed; \
                stderr so far: \(String(decoding: err.value, as: UTF8.self))
                """)
    }
    process.waitUntilExit()
    return RunResult(
        status: process.terminationStatus,
        signalled: process.terminationReason == .uncaughtSignal,
        stdoutData: out.value, stderrData: err.value
    )
}

/// Convenience: `glosten [flags] -c COMMANDS`.
func runCommands(_ commands: String, flags: [String] = []) throws -> RunResult {
    try run(arguments: flags + ["-c", commands])
}

/// Writes `bytes` to a fresh temporary script file and returns its path.
func temporaryScript(_ bytes: Data, name: String = "script") throws -> String {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("glosten-e2e-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("\(name).gm")
    try bytes.write(to: file)
    return file.path
}

/// Deletes a script made by `temporaryScript`, with its folder.
func removeScript(_ path: String) {
    try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
}

/// The JSON objects printed one per line in `--json` mode.
func jsonRecords(_ result: RunResult) throws -> [[String: Any]] {
    try result.stdoutLines.map { line in
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw BinaryFailure(description: "stdout line is not a JSON object: \(line)")
        }
        return object
    }
}

/// A JSON number as a Double (nil for null, absent or non-numbers).
func number(_ value: Any?) -> Double? {
    (value as? NSNumber)?.doubleValue
}

/// |actual − expected| ≤ 1e-9.
func isNear(_ actual: Any?, _ expected: Double) -> Bool {
    guard let actual = number(actual) else { return false }
    return abs(actual - expected) <= 1e-9
}

/// A new empty folder `/tmp/PREFIX-XXXXXXXX` for one test's files: a short name, so that the paths
/// in the binary's error lines are shown whole.
func shortScratchFolder(_ prefix: String) throws -> URL {
    let folder = URL(fileURLWithPath: "/tmp/\(prefix)-" + UUID().uuidString.prefix(8))
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Starts `glosten arguments…` (its output discarded), sends it SIGINT, as Ctrl-C does, half a
/// second later, and returns how long it took to end after the signal, its status and its stderr.
func interruptedAfterHalfASecond(_ arguments: [String]) throws -> (latency: TimeInterval, status: Int32, errors: String) {
    let process = Process()
    process.executableURL = try Binary.located.get()
    process.arguments = arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    usleep(500_000)
    let sent = Date()
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    let latency = Date().timeIntervalSince(sent)
    return (latency, process.terminationStatus, String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
}
