import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, time, memory and signals: memory bounded before anything is read, a tape that
/// fits, signals acted on while waiting for input and during long work, writes that fail.
struct LimitsTests {
    private let folder: URL

    init() throws {
        folder = try shortScratchFolder("g")
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The shell's own footprint: `quote` and nothing else.
    /// The binary's own peak, doing almost nothing. The high-water mark is sampled every 2 ms and
    /// such a run lasts a few, so on a loaded machine one sample can come before the peak: the
    /// largest of five runs is taken.
    private func baseline() throws -> Double {
        try (0..<5).map { _ in try measured(["-c", "quote"]).peakMegabytes }.max() ?? 0
    }

    @Test("2·10^6 periods of run add less than 8 bytes a period (they took 32 and more)")
    func runFitsInMemory() throws {
        let base = try baseline()
        let run = try measured(["-c", "run 2000000; undo; quote"])
        #expect(run.status == 0)
        #expect(run.peakMegabytes - base < 2_000_000 * 8 / 1_048_576, "peak \(run.peakMegabytes) MB against \(base) MB")
    }

    @Test("a 4 GB sparse lesson is refused before it is read; an 8 MB script file is streamed like a pipe")
    func sizesBeforeReading() throws {
        let base = try baseline()
        let lesson = path("huge.md")
        #expect(FileManager.default.createFile(atPath: lesson, contents: nil))
        defer { unlink(lesson) }
        #expect(truncate(lesson, 4 << 30) == 0)
        let check = try measured(["lesson", "check", lesson], stderr: path("check.out"))
        #expect(check.status == 1)
        #expect(check.peakMegabytes - base < 8, "peak \(check.peakMegabytes) MB")
        #expect(try String(contentsOfFile: path("check.out"), encoding: .utf8).contains("larger than 1 MB"))

        let script = path("long.gm")
        let comment = "# " + String(repeating: "c", count: 998) + "\n"
        try Data((String(repeating: comment, count: 8_000) + "quote\n").utf8).write(to: URL(fileURLWithPath: script))
        let streamed = try measured([script], stdout: path("script.out"))
        #expect(streamed.status == 0)
        #expect(
            streamed.peakMegabytes - base < 4, "peak \(streamed.peakMegabytes) MB against \(base) MB for an 8 MB file")
        #expect(
            try String(contentsOfFile: path("script.out"), encoding: .utf8)
                == "bid 98.8000  ask 101.2000  spread 2.4000  mid 100.0000\n")
    }

    @Test("output to a full disk ends quietly with status 1, never a trap")
    func stdoutOnAFullDisk() throws {
        let run = try measured(["-c", "quote; buy; quote"], stdout: "/dev/full", stderr: path("err"))
        #expect(run.status == 1)
        #expect(try String(contentsOfFile: path("err"), encoding: .utf8) == "")
    }

    @Test("lesson check into a closed pipe, with SIGPIPE ignored by the parent, ends quietly")
    func lessonCheckIntoAClosedPipe() throws {
        signal(SIGPIPE, SIG_IGN)  // inherited across exec, as from a parent that ignores it
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lessons")
        let files = try FileManager.default.contentsOfDirectory(atPath: lessons.path).filter { $0.hasSuffix(".md") }.map
        { lessons.appendingPathComponent($0).path }
        let process = Process()
        process.executableURL = try Binary.located.get()
        process.arguments = ["lesson", "check"] + files + files + files
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try output.fileHandleForReading.close()
        try process.run()
        process.waitUntilExit()
        // Killed by SIGPIPE (its own default, restored at start), or a quiet exit: never a trap.
        let status =
            process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        #expect(status == 128 + SIGPIPE || status == 1, "status \(status)")
        #expect(errors.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }

    /// Starts the shell reading a pipe that stays open, feeds it `lines`, waits for `ready` on
    /// stdout, sends `signal`, and returns the exit status and how long after the signal it came.
    private func signalled(
        _ signal: Int32, after lines: String, ready: String, stdin: String? = nil
    ) throws -> (status: Int32, seconds: Double, stderr: String) {
        let process = Process()
        process.executableURL = try Binary.located.get()
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        if let stdin {
            process.standardInput = FileHandle(forReadingAtPath: stdin)
        } else {
            process.standardInput = input
        }
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(lines.utf8))
        var seen = Data()
        let deadline = Date().addingTimeInterval(60)
        while !ready.isEmpty, !String(decoding: seen, as: UTF8.self).contains(ready), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        usleep(200_000)
        let sent = Date()
        kill(process.processIdentifier, signal)
        // A shell that ignores the signal is killed after 5 s, so the test fails instead of hanging.
        while process.isRunning, Date().timeIntervalSince(sent) < 5 { usleep(5_000) }
        let seconds = Date().timeIntervalSince(sent)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        return (
            process.terminationStatus, seconds,
            String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        )
    }

    @Test("SIGTERM on an idle pipe is acted on within a second, not at the next line")
    func termWhileIdle() throws {
        let idle = try signalled(SIGTERM, after: "quote\n", ready: "mid 100.0000")
        #expect(idle.status == 128 + SIGTERM)
        #expect(idle.seconds < 1, "took \(idle.seconds) s")
    }

    @Test("TERM, INT and HUP with /dev/zero as input are acted on within a second")
    func signalsOnEndlessInput() throws {
        for signal in [SIGTERM, SIGINT, SIGHUP] {
            let zero = try signalled(signal, after: "", ready: "", stdin: "/dev/zero")
            #expect(zero.status == (signal == SIGINT ? 130 : 128 + signal))
            #expect(zero.seconds < 1, "signal \(signal) took \(zero.seconds) s")
        }
    }

    @Test("an export of a long tape stops at SIGTERM within a second and leaves no file")
    func exportStops() throws {
        let target = path("long.json")
        let stopped = try signalled(SIGTERM, after: "run 3000000\nquote\nexport json \(target)\n", ready: "bid ")
        #expect(stopped.status == 128 + SIGTERM)
        #expect(stopped.seconds < 1, "took \(stopped.seconds) s")
        #expect(
            stopped.stderr.contains("cannot write \(target): interrupted; nothing was written"),
            "stderr: \(stopped.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
