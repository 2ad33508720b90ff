import Foundation
import Testing

// Script mode (DESIGN §3): a FILE, -c COMMANDS or lines piped on stdin run with no prompt or
// banner; the first error prints LABEL:LINE: message on stderr and exits non-zero.

private let bogus = "unknown command 'bogus'; type help for the list"
private let muTwo = "mu must be in [0, 1) (a number from 0 up to but not including 1); 2 is not"

/// The same script as a file, on stdin and with -c prints identical output, with no banner or prompt.
@Test func fileStdinAndDashCAgree() throws {
    let lines = ["set low 100", "set high 104", "buy", "sell", "quote"]
    let script = Data((lines.joined(separator: "\n") + "\n").utf8)
    let path = try temporaryScript(script)
    defer { removeScript(path) }
    let fromFile = try run(arguments: [path])
    let fromStdin = try run(arguments: [], stdin: script)
    let fromDashC = try runCommands(lines.joined(separator: "; "))
    for result in [fromFile, fromStdin, fromDashC] {
        #expect(result.status == 0 && !result.signalled, "exit \(result.status): \(result.stderr)")
        #expect(result.stderr == "")
        // The first line is the first command's reply: no banner before it.
        #expect(result.stdoutLines.first == "low = 100: a new opening, so the market restarts at t = 0")
        #expect(!result.stdout.contains("glosten 0.1.0"), "banner printed in script mode")
        #expect(!result.stdout.contains("> "), "a prompt was printed in script mode")
    }
    #expect(fromFile.stdout == fromDashC.stdout)
    #expect(fromStdin.stdout == fromDashC.stdout)
    #expect(fromDashC.stdoutLines.last == "bid 101.4000  ask 102.6000  spread 1.2000  mid 102.0000")
}

/// A file's first error is FILE:LINE (blank and comment lines counted); later lines do not run.
@Test func fileErrorNamesFileAndLine() throws {
    let path = try temporaryScript(Data("# a lesson\n\nbuy\n   \n# more\nbogus\nsell\n".utf8))
    defer { removeScript(path) }
    let result = try run(arguments: [path])
    #expect(result.status == 1 && !result.signalled)
    #expect(result.stderr == "\(path):6: \(bogus)\n")
    #expect(result.stdout == (try runCommands("buy")).stdout, "lines after the error ran")
}

/// A -c error is located as -c:N, counting commands split at ';'.
@Test func dashCErrorIsLocated() throws {
    let result = try runCommands("buy; bogus; sell")
    #expect(result.status == 1 && !result.signalled)
    #expect(result.stderr == "-c:2: \(bogus)\n")
    #expect(result.stdout == (try runCommands("buy")).stdout, "commands after the error ran")
}

/// A stdin error is located as stdin:N.
@Test func stdinErrorIsLocated() throws {
    let result = try run(arguments: [], stdin: Data("buy\n\nbogus\nsell\n".utf8))
    #expect(result.status == 1 && !result.signalled)
    #expect(result.stderr == "stdin:3: \(bogus)\n")
    #expect(result.stdout == (try runCommands("buy")).stdout, "lines after the error ran")
}

/// --keep-going reports every error, runs every other line, and still exits non-zero.
@Test func keepGoingRunsTheRest() throws {
    let result = try runCommands("buy; bogus; sell; set mu 2; quote", flags: ["--keep-going"])
    #expect(result.status == 1 && !result.signalled)
    #expect(result.stderrLines == ["-c:2: \(bogus)", "-c:4: \(muTwo)"])
    #expect(result.stdout == (try runCommands("buy; sell; quote")).stdout)
}

/// --keep-going with a file and with stdin locates each error too.
@Test func keepGoingFileAndStdin() throws {
    let script = Data("buy\nbogus\n\nset mu 2\nsell\n".utf8)
    let path = try temporaryScript(script)
    defer { removeScript(path) }
    let fromFile = try run(arguments: ["--keep-going", path])
    let fromStdin = try run(arguments: ["--keep-going"], stdin: script)
    let expected = try runCommands("buy; sell").stdout
    #expect(fromFile.status == 1 && fromStdin.status == 1)
    #expect(fromFile.stderrLines == ["\(path):2: \(bogus)", "\(path):4: \(muTwo)"])
    #expect(fromStdin.stderrLines == ["stdin:2: \(bogus)", "stdin:4: \(muTwo)"])
    #expect(fromFile.stdout == expected && fromStdin.stdout == expected)
}

/// --version prints the version and exits 0.
@Test func versionExitsZero() throws {
    let result = try run(arguments: ["--version"])
    #expect(result.status == 0 && !result.signalled)
    #expect(result.stdout == "glosten 0.1.0\n")
    #expect(result.stderr == "")
}

/// --help describes the flags and exits 0.
@Test func helpExitsZero() throws {
    let result = try run(arguments: ["--help"])
    #expect(result.status == 0 && !result.signalled)
    for flag in ["-c <commands>", "--json", "--keep-going", "--no-color", "--version"] {
        #expect(result.stdout.contains(flag), "--help does not mention \(flag)")
    }
    // The subcommands, which ArgumentParser does not list (main dispatches them by hand).
    for subcommand in ["glosten lesson check", "glosten assignment check", "glosten homework FILE --student ID", "glosten verify FILE"] {
        #expect(result.stdout.contains(subcommand), "--help does not name \(subcommand)")
    }
}

/// A script file that does not exist is reported by name, with exit status 2.
@Test func missingFileIsReported() throws {
    let result = try run(arguments: ["/nonexistent/glosten-e2e.gm"])
    #expect(result.status == 2 && !result.signalled)
    #expect(result.stderr == "glosten: cannot read /nonexistent/glosten-e2e.gm: no such file\n")
    #expect(result.stdout == "")
}

/// Empty, whitespace-only and `# comment` lines are silently ignored (intended), in text and JSON modes.
@Test func blankAndCommentLinesAreIgnored() throws {
    let script = Data("buy\n\n# a comment\n   \n\t\n   # indented comment\nsell\n".utf8)
    let path = try temporaryScript(script)
    defer { removeScript(path) }
    let expected = try runCommands("buy; sell")
    for result in [
        try run(arguments: [path]), try run(arguments: [], stdin: script),
        try runCommands("buy;;# a comment; ;sell"),
    ] {
        #expect(result.status == 0 && !result.signalled)
        #expect(result.stderr == "")
        #expect(result.stdout == expected.stdout)
    }
    let json = try run(arguments: ["--json", path])
    #expect(json.status == 0 && json.stderr == "")
    let records = try jsonRecords(json)
    #expect(records.map { $0["command"] as? String } == ["buy", "sell"], "blank/comment lines produced records")
}
