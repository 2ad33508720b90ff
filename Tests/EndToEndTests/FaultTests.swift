import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Faults from outside: a reader that goes away, many piped lines, files the shell cannot write.
struct FaultTests {
    /// Output piped into a reader that closes early (`glosten … | head -1`) ends quietly:
    /// killed by SIGPIPE, nothing on stderr.
    @Test func brokenPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = try Binary.located.get()
        process.arguments = ["-c", "run 2000; history 2000; run 2000; history 2000"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        _ = output.fileHandleForReading.readData(ofLength: 64)
        try output.fileHandleForReading.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGPIPE)
        #expect(errors.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }

    /// 10^5 piped lines run to the end; the last JSON record is t = 100 000, and buys and sells
    /// alternating from the prior leave P(V = high) at 1/2 (each sell undoes a buy when γ = ½).
    @Test func hundredThousandPipedLines() throws {
        let script = String(repeating: "buy\nsell\n", count: 50_000)
        let result = try run(arguments: ["--json"], stdin: Data(script.utf8), timeout: 120)
        #expect(result.status == 0)
        #expect(result.stdoutLines.count == 100_000)
        let last = try JSONSerialization.jsonObject(with: Data(result.stdoutLines.last!.utf8)) as? [String: Any]
        #expect(last?["t"] as? Int == 100_000)
        #expect(abs((last?["p_high"] as? Double ?? 0) - 0.5) < 1e-9)
    }

    /// Writing to a full disk is one error line; the market is unchanged and the shell goes on.
    @Test func fullDisk() throws {
        let result = try run(arguments: ["--keep-going", "-c", "buy;export csv /dev/full;save /dev/full;quote"])
        #expect(result.status == 1)
        #expect(
            result.stderrLines == [
                "-c:2: cannot write /dev/full: the device refused the data (full?); nothing was written",
                "-c:3: cannot write /dev/full: the device refused the data (full?); nothing was written",
            ])
        #expect(result.stdoutLines.last == "bid 100.0000  ask 102.2018  spread 2.2018  mid 101.1009")
    }
}

/// Nothing a lesson file holds reaches the terminal as a control sequence: narration, echoed
/// commands and error messages show control characters as `?`.
@Test func lessonCannotInjectEscapes() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glosten-evil-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "# Evil\n\nHello \u{1B}[2J\u{1B}]0;title\u{07} world \u{9B}31m\n\n```gm\nquote\n```\n"
        .write(to: folder.appendingPathComponent("evil.md"), atomically: true, encoding: .utf8)
    let result = try run(
        arguments: ["--lesson", "evil", "--play"],
        environment: ["GLOSTEN_LESSONS": folder.path, "PATH": "/usr/bin:/bin"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Hello ?[2J?]0;title? world ?31m"))
    let controls = (result.stdout + result.stderr).unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
    }
    #expect(controls.isEmpty)
}
