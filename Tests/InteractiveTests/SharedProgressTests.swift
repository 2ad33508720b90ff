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
        home = try privateHome("share")
    }

    private func shell() throws -> PseudoTerminal {
        try PseudoTerminal(environment: terminalEnvironment(home: home, lessons: InteractiveTests.lessons)).atOpeningPrompt()
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

    /// Everything shown in reply to `lines`, typed one at a time at the prompt.
    private func replies(_ terminal: PseudoTerminal, _ lines: [String]) -> String {
        var shown = ""
        for line in lines {
            send(terminal, line)
            usleep(100_000)
            terminal.waitForPrompt()
            shown += terminal.screen
        }
        return shown
    }

    /// The commands that play drill set `seed` (one exercise) to its end.
    private func drillLines(_ seed: Int) -> [String] { ["drill posterior seed \(seed) count 1", "skip"] }

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

    /// The newest `count` keys of a drills file made of `count` finished one-exercise sets,
    /// written compactly up to just under the 256 KB glosten reads; returns the number written.
    private func fullDrillsFile() throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var entries: [String] = []
        var size = 2
        while true {
            let entry =
                "\"drill-binary-posterior-seed-\(entries.count + 1)-count-1\":{\"done\":true,\"saved\":\(1_000 + entries.count),"
                + "\"score\":{\"firstTry\":1,\"later\":0,\"questions\":1,\"revealed\":0},\"step\":0,\"total\":1}"
            guard size + entry.utf8.count + 1 < 256 * 1024 else { break }
            entries.append(entry)
            size += entry.utf8.count + 1
        }
        try Data(("{" + entries.joined(separator: ",") + "}").utf8).write(to: folder.appendingPathComponent("drills"))
        return entries.count
    }

    @Test("a drills file at the size limit stays readable: the oldest finished sets make room for new ones")
    func fullDrillsFileIsPruned() throws {
        let written = try fullDrillsFile()
        let terminal = try shell()
        for seed in 90_001...90_003 { drill(terminal, seed: seed) }
        #expect(terminal.leave() == 0)
        let size = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("drills").path)[.size]
        #expect((size as? Int ?? .max) <= 256 * 1024)
        let drills = try saved("drills")
        let key = { (seed: Int) in "drill-binary-posterior-seed-\(seed)-count-1" }
        #expect((90_001...90_003).allSatisfy { drills[key($0)]?["done"] as? Bool == true })
        #expect(drills[key(1)] == nil, "the oldest set is dropped")
        #expect(drills[key(written)]?["done"] as? Bool == true, "the newest of the old sets is kept")
        // A new shell reads it: no warning, and the sets played are finished for it.
        let next = try shell()
        send(next, "drill posterior seed 90001 count 1")
        #expect(next.waitFor("exercise 1 of 1"))
        #expect(!next.screen.contains("warning"), "screen: \(next.screen)")
        #expect(next.leave() == 0)
    }

    @Test("an unreadable drills file is moved aside (never over an earlier one), said once, and play goes on")
    func unreadableDrillsFileIsMovedAside() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let broken = "{\"drill-binary-posterior-seed-1-count-1\": {\"done\": tr"
        try Data(broken.utf8).write(to: folder.appendingPathComponent("drills"))
        try Data("older\n".utf8).write(to: folder.appendingPathComponent("drills.unreadable"))
        let terminal = try shell()
        #expect(terminal.waitFor("the drill progress file"), "screen: \(terminal.screen)")
        #expect(terminal.waitFor("drills.unreadable-2"), "\(terminal.screen)")
        terminal.waitForPrompt()
        let words = terminal.screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("\(folder.path)/drills.unreadable-2 and starting fresh"), "\(terminal.screen)")
        #expect(terminal.screen.components(separatedBy: "is unreadable or corrupt").count == 2)
        let later = replies(terminal, drillLines(5) + drillLines(6))
        #expect(later.contains("drill done: 0 of 1"))
        #expect(!later.contains("warning"), "said once; later: \(later)")
        #expect(terminal.leave() == 0)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("drills.unreadable-2"), encoding: .utf8) == broken)
        #expect(try String(contentsOf: folder.appendingPathComponent("drills.unreadable"), encoding: .utf8) == "older\n")
        #expect(Set(try saved("drills").keys) == ["drill-binary-posterior-seed-5-count-1", "drill-binary-posterior-seed-6-count-1"])
    }

    @Test("a drills file that is a folder is named as the drill progress file, once")
    func drillsFolderWarnedOnce() throws {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("drills"), withIntermediateDirectories: true)
        let terminal = try shell()
        let start = terminal.screen
        let later = replies(terminal, drillLines(1) + drillLines(2))
        #expect(terminal.leave() == 0)
        let shown = start + later
        #expect(shown.components(separatedBy: "is not a regular file").count == 2, "once; \(shown)")
        #expect(shown.contains("warning: the drill progress file") && !shown.contains("lesson progress file"))
    }
}
