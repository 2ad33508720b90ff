import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 23.1 and 23.3: two and three shells open at once, each saving several times, keep every
/// shell's lesson and drill progress; the progress files stay small enough to be read; a file
/// that cannot be read is moved aside, never written over.
@Suite(.serialized)
struct SharedProgressTests {
    private let home: URL
    private var folder: URL { home.appendingPathComponent("glosten") }

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("glosten-share-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    private func shell() throws -> PseudoTerminal {
        let environment = [
            "TERM": "xterm", "HOME": home.path, "GLOSTEN_HISTORY": home.appendingPathComponent("history").path,
            "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "XDG_STATE_HOME": home.path,
            "GLOSTEN_LESSONS": InteractiveTests.lessons,
        ]
        let terminal = try PseudoTerminal(environment: environment)
        #expect(terminal.waitFor("t=0 98.80|101.20>"), "no prompt; screen: \(terminal.screen)")
        return terminal
    }

    /// The entries of a progress file, by name.
    private func saved(_ name: String) throws -> [String: [String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        return try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] ?? [:]
    }

    /// Types a line at the next prompt, the screen cleared first (so what follows is its reply).
    private func send(_ terminal: PseudoTerminal, _ line: String) {
        terminal.waitForPrompt()
        terminal.clear()
        terminal.type(line + "\r")
    }

    /// Plays drill set `seed` (one posterior exercise) to its end: two saves (start, settled).
    private func drill(_ terminal: PseudoTerminal, seed: Int) {
        send(terminal, "drill posterior seed \(seed) count 1")
        #expect(terminal.waitFor("exercise 1 of 1"))
        send(terminal, "skip")
        #expect(terminal.waitFor("drill done: 0 of 1"), "screen: \(terminal.screen)")
    }

    /// Shows the next step of the lesson being played (settling its question first): one save.
    private func step(_ terminal: PseudoTerminal, to number: Int) {
        send(terminal, "skip")
        send(terminal, "next")
        #expect(terminal.waitFor("step \(number) of "), "screen: \(terminal.screen)")
    }

    /// The reported scenario: B open at its prompt, A finishes part of `bayes` and quits, B plays
    /// `example-1` and drills, saving several times, and a third shell later adds more.
    @Test("two shells: B's later saves keep A's lesson and drill progress")
    func twoShells() throws {
        let b = try shell()
        let a = try shell()
        a.enter("lesson bayes")
        #expect(a.waitFor("step 1 of 5"))
        step(a, to: 2)
        step(a, to: 3)
        a.enter("quit")
        drill(a, seed: 1)
        #expect(a.leave() == 0)

        b.enter("lesson example-1")
        #expect(b.waitFor("step 1 of"))
        step(b, to: 2)
        step(b, to: 3)
        b.enter("quit")
        drill(b, seed: 2)
        drill(b, seed: 3)
        // B lists A's sets as done: it adopted them (the first unfinished seed is 4, not 1).
        send(b, "drill posterior count 1")
        #expect(b.waitFor("seed 4"), "screen: \(b.screen)")
        b.enter("skip")
        #expect(b.leave() == 0)

        let lessons = try saved("progress")
        #expect(lessons["bayes"]?["step"] as? Int == 2)
        #expect(lessons["example-1"]?["step"] as? Int == 2)
        let drills = try saved("drills")
        #expect(
            Set(drills.keys) == Set((1...4).map { "drill-binary-posterior-seed-\($0)-count-1" }),
            "\(drills.keys.sorted())")
        #expect(drills.values.allSatisfy { $0["done"] as? Bool == true })
    }

    /// Three shells open together take turns, each playing its own lesson and two drill sets:
    /// every entry of every shell is in the files at the end.
    @Test("three shells, interleaved saves: every lesson and drill set is kept")
    func threeShells() throws {
        let shells = try (0..<3).map { _ in try shell() }
        let lessons = [("bayes", true), ("example-1", true), ("example-2", false)]
        for (terminal, lesson) in zip(shells, lessons) {
            terminal.enter("lesson \(lesson.0)")
            #expect(terminal.waitFor("step 1 of"))
        }
        for (terminal, lesson) in zip(shells, lessons) where lesson.1 {
            step(terminal, to: 2)
        }
        for terminal in shells { terminal.enter("quit") }
        for round in 0..<2 {
            for (index, terminal) in shells.enumerated() { drill(terminal, seed: 10 + 3 * round + index) }
        }
        for terminal in shells { #expect(terminal.leave() == 0) }

        let progress = try saved("progress")
        #expect(progress["bayes"]?["step"] as? Int == 1)
        #expect(progress["example-1"]?["step"] as? Int == 1)
        #expect(progress["example-2"]?["step"] as? Int == 0)
        let drills = try saved("drills")
        #expect(
            Set(drills.keys) == Set((10..<16).map { "drill-binary-posterior-seed-\($0)-count-1" }),
            "\(drills.keys.sorted())")
    }
}
