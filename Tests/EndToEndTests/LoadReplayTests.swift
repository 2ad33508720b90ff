import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 23.9 and 23.14 through the real binary: a saved session that loaded days replays from
/// any folder and says what it depends on; a FIFO nobody writes, one day, a date with control
/// characters, a bidirectional character typed, `--lesson` with `-c`.
struct LoadReplayTests {
    private let folder: URL

    init() throws {
        folder = try shortScratchFolder("gl")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Runs the binary in `directory` with `arguments`; returns status, stdout and stderr.
    private func run(in directory: String, _ arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = try Binary.located.get()
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let (output, errors) = (Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, out, err)
    }

    @Test("save after a relative load replays from another folder, and says it reads the file again")
    func relativeLoadReplays() throws {
        try Data("date,buys,sells\n2024-01-02,3,4\n2024-01-03,10,2\n".utf8).write(to: URL(fileURLWithPath: path("days.csv")))
        let (status, out, err) = try run(in: folder.path, ["-c", "model pin; load days.csv; day 5 6; save s.gm"])
        #expect(status == 0, "\(err)")
        #expect(
            out.hasSuffix(
                "wrote 3 commands to s.gm; glosten s.gm replays this session exactly while \(path("days.csv")) is unchanged (it loads that file's days again)\n"
            ), "\(out)")
        #expect(try String(contentsOfFile: path("s.gm"), encoding: .utf8).contains("\nload \(path("days.csv"))\n"))
        let (again, replayed, errors) = try run(in: path("elsewhere"), ["../s.gm"])
        #expect(again == 0, "\(errors)")
        #expect(replayed.contains("loaded 2 days from \(path("days.csv")) (2024-01-02 to 2024-01-03): 13 buys, 6 sells"))
        // The replay prints what the session printed (the file named by its whole path), but the save.
        let original = out.components(separatedBy: "\n").dropLast(2).joined(separator: "\n") + "\n"
        #expect(replayed == original.replacingOccurrences(of: "from days.csv", with: "from \(path("days.csv"))"))
    }

    @Test("load of a FIFO nobody writes: Ctrl-C stops it at once, worded as export words it")
    func fifoWithoutWriter() throws {
        let fifo = path("fifo")
        mkfifo(fifo, 0o600)
        let (latency, status, errors) = try interruptedAfterHalfASecond(["-c", "model pin; load \(fifo)"])
        #expect(latency < 1)
        #expect(status == 130)
        #expect(
            errors
                == "-c:2: cannot read \(fifo): interrupted while waiting for a writer to open the FIFO\n")
    }

    @Test("one day is 'loaded 1 day', with its one date")
    func oneDay() throws {
        try Data("date,buys,sells\n2024-01-02,3,4\n".utf8).write(to: URL(fileURLWithPath: path("one.csv")))
        let (status, out, _) = try run(in: folder.path, ["-c", "model pin; load one.csv"])
        #expect(status == 0)
        #expect(out.contains("loaded 1 day from one.csv (2024-01-02): 3 buys, 4 sells; they replace the days held\n"))
    }

    @Test("a date holding ESC or U+202E is refused on load, so export never writes it to a terminal")
    func controlCharactersInDates() throws {
        try Data("date,buys,sells\nok,1,2\n\u{1B}]0;owned\u{07}2024,3,4\n".utf8).write(
            to: URL(fileURLWithPath: path("esc.csv")))
        try Data("date,buys,sells\n\u{202E}2024,3,4\n".utf8).write(to: URL(fileURLWithPath: path("bidi.csv")))
        let (status, out, err) = try run(in: folder.path, ["-c", "model pin; load esc.csv; export csv /dev/stdout"])
        #expect(status == 1)
        #expect(err == "-c:2: esc.csv:3: the date holds U+001B, a control character; a date is plain text\n")
        #expect(!out.contains("\u{1B}]"))
        let (_, _, bidi) = try run(in: folder.path, ["-c", "model pin; load bidi.csv"])
        #expect(bidi == "-c:2: bidi.csv:2: the date holds U+202E, a bidirectional formatting character; a date is plain text\n")
    }

    @Test("a U+202E typed is echoed as <U+202E>, never raw")
    func bidiEchoed() throws {
        let (status, _, err) = try run(in: folder.path, ["-c", "buy \u{202E}abc"])
        #expect(status == 1)
        #expect(err.hasPrefix("-c:1: buy does not take '<U+202E>abc'"), "\(err.debugDescription)")
        #expect(!err.unicodeScalars.contains("\u{202E}"))
    }

    @Test("--lesson with -c or a FILE is refused in one line, before anything runs")
    func lessonWithCommands() throws {
        let (status, out, err) = try run(in: folder.path, ["--lesson", "bayes", "--play", "-c", "quote"])
        #expect(status == 64)
        #expect(out.isEmpty)
        #expect(
            err.hasPrefix(
                "Error: --lesson bayes plays the lesson by itself: give it without -c COMMANDS (type commands between its steps instead)\n"
            ), "\(err)")
    }
}
