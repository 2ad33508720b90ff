import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Bytes typed or pasted at an 80×24 terminal that are not UTF-8 are refused as piped lines are.
///
/// Issue 23 item 14: the line shows U+FFFD where each bad sequence was, the shell says what is
/// wrong in one line, and nothing of the line runs. Valid multibyte text still edits as before.
@Suite(.serialized)
struct TypedBytesTests {
    private let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("glosten-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    private func shell() throws -> PseudoTerminal {
        let environment = [
            "TERM": "xterm", "HOME": home.path, "GLOSTEN_HISTORY": home.appendingPathComponent("history").path,
            "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "XDG_STATE_HOME": home.path,
        ]
        let terminal = try PseudoTerminal(environment: environment, columns: 80, rows: 24)
        #expect(terminal.waitFor("t=0 98.80|101.20>"), "no prompt; screen: \(terminal.screen)")
        return terminal
    }

    /// The parser's refusal of a line whose first bad byte is at 1-based byte `column`.
    private func refusal(column: Int) -> String {
        "line is not valid UTF-8 (bad byte at column \(column)); commands are plain UTF-8 text"
    }

    @Test("a line with a lone 0xC3, 0xFF and an overlong 0xC0 0xAF is refused; buy does not run")
    func threeBadSequences() throws {
        let terminal = try shell()
        terminal.waitForPrompt()
        // "buy é " is 7 bytes (é is two), so the first bad byte, the lone C3, is at column 8.
        terminal.type(bytes: Array("buy é ".utf8) + [0xC3, 0x20, 0xFF, 0x20, 0xC0, 0xAF, 0x0D])
        #expect(terminal.waitFor(refusal(column: 8)), "screen: \(terminal.screen)")
        // Each bad sequence is shown where it was typed, one U+FFFD per maximal bad subsequence
        // (C0 can never start a character, so C0 AF is two).
        #expect(terminal.screen.contains("> buy é \u{FFFD} \u{FFFD} \u{FFFD}\u{FFFD}"), "screen: \(terminal.screen)")
        terminal.enter("quote")
        #expect(terminal.waitFor("bid 98.8000  ask 101.2000"), "screen: \(terminal.screen)")
        #expect(!terminal.screen.contains("filled"), "the refused line ran: \(terminal.screen)")
        #expect(terminal.leave() == 0)
    }

    @Test(
        "each kind of bad sequence alone is refused at its column",
        arguments: [
            ("lone lead byte", [0xC3]), ("0xFF", [0xFF]), ("0xFE", [0xFE]), ("overlong /", [0xC0, 0xAF]),
            ("overlong 3-byte", [0xE0, 0x80, 0xAF]), ("stray continuation", [0x80]),
            ("surrogate U+D800", [0xED, 0xA0, 0x80]), ("above U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
            ("truncated before Enter", [0xE2, 0x88]),
        ] as [(String, [UInt8])])
    func eachBadSequence(kind: String, bytes: [UInt8]) throws {
        let terminal = try shell()
        terminal.waitForPrompt()
        terminal.type(bytes: Array("sell ".utf8) + bytes + [0x0D])
        #expect(terminal.waitFor(refusal(column: 6)), "\(kind): screen: \(terminal.screen)")
        terminal.enter("quote")
        #expect(terminal.waitFor("bid 98.8000  ask 101.2000"), "\(kind): screen: \(terminal.screen)")
        #expect(!terminal.screen.contains("filled"), "\(kind): the refused line ran: \(terminal.screen)")
        #expect(terminal.leave() == 0)
    }

    @Test("a bad byte typed at -- more -- waits at the prompt as U+FFFD, and Enter is refused")
    func badByteAtThePager() throws {
        let terminal = try shell()
        terminal.enter("help")
        #expect(terminal.waitFor("-- more"), "help did not page at 24 rows: \(terminal.screen)")
        // A Latin-1 é (0xE9), as a terminal set to ISO 8859-1 sends it.
        terminal.type(bytes: Array("buy # caf".utf8) + [0xE9])
        #expect(terminal.waitFor("your typing waits at the prompt"), "screen: \(terminal.screen)")
        #expect(terminal.waitFor("> buy # caf\u{FFFD}"), "screen: \(terminal.screen)")
        terminal.type("\r")
        // "buy # caf" is 9 bytes: the bad byte is at column 10.
        #expect(terminal.waitFor(refusal(column: 10)), "screen: \(terminal.screen)")
        terminal.enter("quote")
        #expect(terminal.waitFor("bid 98.8000  ask 101.2000"), "screen: \(terminal.screen)")
        #expect(!terminal.screen.contains("filled"), "the refused line ran: \(terminal.screen)")
        #expect(terminal.leave() == 0)
    }

    @Test("valid non-ASCII text runs as before: a comment with é, −, σ and an emoji; a command after one")
    func validText() throws {
        let terminal = try shell()
        terminal.enter("buy # café −σ 😀")
        #expect(terminal.waitFor("t=1  buy filled at the ask 101.2000"), "screen: \(terminal.screen)")
        terminal.enter("σ")
        #expect(terminal.waitFor("unknown command 'σ'"), "screen: \(terminal.screen)")
        #expect(terminal.leave() == 0)
    }

    @Test("Left and Backspace move over and delete whole multibyte characters")
    func editingMultibyte() throws {
        let terminal = try shell()
        terminal.waitForPrompt()
        // s😀ll, two Lefts (over l, l), Backspace (the emoji), e: the line is "sell".
        terminal.type("s😀ll\u{1B}[D\u{1B}[D\u{7F}e\r")
        #expect(terminal.waitFor("t=1  sell filled at the bid 98.8000"), "screen: \(terminal.screen)")
        terminal.waitForPrompt()
        // aché−te, Ctrl-A, Ctrl-F ×4 (past é), Ctrl-D (deletes −): "achéte".
        terminal.type("aché−te\u{01}\u{06}\u{06}\u{06}\u{06}\u{04}\r")
        #expect(terminal.waitFor("unknown command 'achéte'"), "screen: \(terminal.screen)")
        #expect(terminal.leave() == 0)
    }

    @Test("Ctrl-C halfway through a character drops the line; a resize halfway through one changes nothing")
    func signalsMidCharacter() throws {
        let terminal = try shell()
        terminal.waitForPrompt()
        terminal.type(bytes: Array("buy ".utf8) + [0xE2, 0x88])
        usleep(100_000)
        terminal.type("\u{03}")
        #expect(terminal.waitFor("t=0 98.80|101.20>", times: 2), "no fresh prompt after Ctrl-C: \(terminal.screen)")
        terminal.enter("quote")
        #expect(terminal.waitFor("bid 98.8000  ask 101.2000"), "screen: \(terminal.screen)")
        #expect(!terminal.screen.contains("filled") && !terminal.screen.contains("UTF-8"), "screen: \(terminal.screen)")

        terminal.waitForPrompt()
        // σ and half of 😀 (F0 9F 98 80), the window resized, then the other half.
        terminal.type(bytes: Array("σ".utf8) + [0xF0, 0x9F])
        usleep(100_000)
        terminal.resize(columns: 60, rows: 20)
        usleep(100_000)
        terminal.type(bytes: [0x98, 0x80, 0x0D])
        #expect(terminal.waitFor("unknown command 'σ😀'"), "screen: \(terminal.screen)")
        #expect(terminal.leave() == 0)
    }
}
