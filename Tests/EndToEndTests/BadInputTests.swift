import Foundation
import Testing

// DESIGN §3: bad input never changes state and never crashes; it gets one clear line.
// Each case runs as `<setup>; quote; <bad>; quote`: stopping at the bad line (exit 1, one located
// error line, nothing printed after it) and with --keep-going --json (the two quotes identical).
// Expected sentences are copied from Sources/TeachingShell/ErrorText.swift.

/// One bad command typed after a setup.
struct BadCommand: Sendable, CustomTestStringConvertible {
    let setup: [String]
    let bad: String
    let message: String
    var testDescription: String { bad.debugDescription }
}

private let muRange = "(a number from 0 up to but not including 1)"
private let muWords = "mu takes a number from 0 up to but not including 1"
private let runRange = "run needs a whole number from 1 to 10000000"
private let closedMarket = ["set low 100", "set high 110", "set prior 1/2", "set tolerance 1.2", "set mu 0.3"]

private let badCommands: [BadCommand] = [
    .init(setup: ["buy"], bad: "sel", message: "unknown command 'sel'; did you mean 'sell'? type help for the list"),
    .init(setup: ["buy"], bad: "set mu", message: "set needs more: usage set NAME VALUE (see params for the names)"),
    .init(setup: ["buy"], bad: "run", message: "run needs more: usage run N"),
    .init(setup: ["buy"], bad: "buy 3 x", message: "buy does not take '3 x': usage buy"),
    .init(setup: ["buy", "sell", "buy"], bad: "set mu 1.5", message: "mu must be in [0, 1) \(muRange); 1.5 is not"),
    .init(setup: ["buy"], bad: "set mu -0.1", message: "mu must be in [0, 1) \(muRange); -0.1 is not"),
    .init(setup: ["buy"], bad: "set mu abc", message: "\(muWords); 'abc' is not a number (write 0.3 or 1/3)"),
    .init(setup: ["buy"], bad: "set mu nan", message: "\(muWords); 'nan' is not a number (write 0.3 or 1/3)"),
    .init(setup: ["buy"], bad: "set mu inf", message: "\(muWords); 'inf' is not a number (write 0.3 or 1/3)"),
    .init(
        setup: ["buy"], bad: "set prior 0",
        message: "prior must be in (0, 1) (a probability strictly between 0 and 1); 0 is not"),
    .init(
        setup: ["buy"], bad: "set prior 1",
        message: "prior must be in (0, 1) (a probability strictly between 0 and 1); 1 is not"),
    // Defaults are low 96 / high 104; a refused change of a value must not restart the market (t stays 1).
    .init(setup: ["buy"], bad: "set low 110", message: "low must stay below high; low 110 and high 104 would not"),
    .init(
        setup: ["set high 104", "buy"], bad: "set low 110",
        message: "low must stay below high; low 110 and high 104 would not"),
    .init(
        setup: ["buy"], bad: "set nosuch 1",
        message: "no parameter named 'nosuch'; names: low, high, prior, mu, "
            + "alpha, gamma, eps_buy, eps_sell, eps, cost, tolerance, elastic, truth, seed, detail"),
    .init(setup: ["buy"], bad: "run -5", message: "\(runRange), not '-5'"),
    .init(setup: ["buy"], bad: "run 1e12", message: "\(runRange), not '1e12'"),
    .init(setup: ["buy"], bad: "run abc", message: "\(runRange), not 'abc'"),
    .init(setup: [], bad: "undo", message: "nothing to undo: the market is at t = 0"),
    // DESIGN §2's breakdown check: V 100/110, θ ½, tolerance 1.2, μ 0.3 needs a half-spread of 1.5.
    .init(
        setup: closedMarket, bad: "buy",
        message: "the ask is withdrawn: breaking even needs a half-spread of "
            + "1.5000, more than uninformed buyers accept (tolerance 1.2000); lower mu or raise tolerance to reopen"),
    .init(
        setup: closedMarket, bad: "sell",
        message: "the bid is withdrawn: breaking even needs a half-spread of "
            + "1.5000, more than uninformed sellers accept (tolerance 1.2000); lower mu or raise tolerance to reopen"),
    .init(
        setup: ["buy", "set mu 0"], bad: "set eps_buy 0",
        message: "refused: with these parameters no buy can ever "
            + "arrive (P(buy) = 0), so the ask is undefined; keep eps_buy above 0 or mu above 0"),
    .init(
        setup: ["buy"], bad: "buy\u{1B}[A",
        message: "line holds the control character U+001B at column 4; commands are plain text"),
    .init(
        setup: ["buy"], bad: "\u{07}sell",
        message: "line holds the control character U+0007 at column 1; commands are plain text"),
    .init(
        setup: ["buy"], bad: "sell\u{7F}",
        message: "line holds the control character U+007F at column 5; commands are plain text"),
]

/// Checks the --keep-going --json run: one error record, and the quotes around it identical.
private func expectUnchanged(_ result: RunResult, location: String, message: String, setupCount: Int) throws {
    #expect(result.status == 1 && !result.signalled, "exit \(result.status) signalled \(result.signalled)")
    #expect(result.stderr == "\(location): \(message)\n")
    let records = try jsonRecords(result)
    try #require(records.count == setupCount + 3, "one object per command: \(result.stdout)")
    let before = records[setupCount]
    let failed = records[setupCount + 1]
    let after = records[setupCount + 2]
    #expect(failed["error"] as? String == message)
    #expect(records.enumerated().allSatisfy { $0.offset == setupCount + 1 || $0.element["error"] == nil })
    for key in ["bid", "ask", "t", "p_high", "p_low", "p_event", "closed", "ask_closed", "bid_closed"] {
        #expect(before[key] != nil && after[key] != nil, "\(key) missing from a quote record")
        #expect(String(describing: before[key]) == String(describing: after[key]), "\(key) changed")
        #expect(String(describing: before[key]) == String(describing: failed[key]), "\(key) in the error record")
    }
}

/// Each bad command: one exact error line, exit 1, nothing after it runs, and the market unchanged.
@Test(arguments: badCommands)
func badCommandIsRefused(_ c: BadCommand) throws {
    let line = c.setup.count + 2
    // Joined with ";" and no space, so a column in the message counts from the bad command's first byte.
    let script = (c.setup + ["quote", c.bad, "quote"]).joined(separator: ";")
    let stopped = try runCommands(script)
    #expect(stopped.status == 1 && !stopped.signalled, "exit \(stopped.status) signalled \(stopped.signalled)")
    #expect(stopped.stderr == "-c:\(line): \(c.message)\n")
    let reference = try runCommands((c.setup + ["quote"]).joined(separator: "; "))
    #expect(stopped.stdout == reference.stdout, "the bad line printed something, or later lines ran")
    let going = try runCommands(script, flags: ["--keep-going", "--json"])
    try expectUnchanged(going, location: "-c:\(line)", message: c.message, setupCount: c.setup.count)
}

/// A line of raw bytes that cannot be typed with -c.
struct BadBytes: Sendable, CustomTestStringConvertible {
    let name: String
    let line: [UInt8]
    let message: String
    var testDescription: String { name }
}

private let badBytes: [BadBytes] = [
    .init(
        name: "1 MB line", line: Array(repeating: UInt8(ascii: "a"), count: 1 << 20),
        message: "line too long: a command line has at most 4096 bytes"),
    .init(
        name: "1 MB line of buy", line: Array(repeating: "buy ".utf8, count: 1 << 18).flatMap { $0 },
        message: "line too long: a command line has at most 4096 bytes"),
    .init(
        name: "0xFF byte", line: Array("buy".utf8) + [0xFF],
        message: "line is not valid UTF-8 (bad byte at column 4); commands are plain UTF-8 text"),
    .init(
        name: "lone 0xFF", line: [0xFF],
        message: "line is not valid UTF-8 (bad byte at column 1); commands are plain UTF-8 text"),
    .init(
        name: "truncated é", line: Array("sell ".utf8) + [0xC3],
        message: "line is not valid UTF-8 (bad byte at column 6); commands are plain UTF-8 text"),
    .init(
        name: "NUL byte", line: Array("bu".utf8) + [0] + Array("y".utf8),
        message: "line holds a NUL byte at column 3; commands are plain text"),
    .init(
        name: "ESC sequence", line: Array("buy".utf8) + [0x1B] + Array("[2J".utf8),
        message: "line holds the control character U+001B at column 4; commands are plain text"),
]

/// Each bad byte line, from stdin and from a file: exact error, exit 1, and the market unchanged.
@Test(arguments: badBytes)
func badBytesAreRefused(_ c: BadBytes) throws {
    var bytes = Array("buy\nquote\n".utf8)
    bytes += c.line + Array("\nquote\n".utf8)
    let script = Data(bytes)
    let path = try temporaryScript(script)
    defer { removeScript(path) }
    let reference = try runCommands("buy; quote")
    for (arguments, label) in [([String](), "stdin"), ([path], path)] {
        let input = arguments.isEmpty ? script : Data()
        let stopped = try run(arguments: arguments, stdin: input)
        #expect(stopped.status == 1 && !stopped.signalled, "\(label): exit \(stopped.status)")
        #expect(stopped.stderr == "\(label):3: \(c.message)\n")
        #expect(stopped.stdout == reference.stdout, "\(label): the bad line printed something, or later lines ran")
        let going = try run(arguments: ["--keep-going", "--json"] + arguments, stdin: input)
        try expectUnchanged(going, location: "\(label):3", message: c.message, setupCount: 1)
    }
}

/// C1 control characters (U+0080–U+009F, e.g. U+009B, the one-byte CSI) are refused and never echoed back raw.
@Test func c1ControlIsNotEchoedRaw() throws {
    let result = try run(arguments: [], stdin: Data("buy\n\u{9B}31mbuy\n".utf8))
    #expect(result.status == 1 && !result.signalled)
    #expect(result.stderr == "stdin:2: line holds the control character U+009B at column 1; commands are plain text\n")
    let c1 = result.stderr.unicodeScalars.filter { (0x80...0x9F).contains($0.value) || $0.value == 0x1B }
    let codes = c1.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    #expect(c1.isEmpty, "stderr echoes raw control characters \(codes): \(result.stderr.debugDescription)")
}
