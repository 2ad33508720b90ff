import Foundation
import Testing

// `load FILE` under model pin, through the executable's own file reading.

/// The real binary loads a counts file, estimates from it, and names a bad file's line.
@Test func theBinaryLoadsDailyCountsAndRefusesABadFile() throws {
    let good = try temporaryScript(Data("# two days\nB,S\n350,382\n250,500\n".utf8))
    defer { removeScript(good) }
    let loaded = try runCommands("model pin; load \(good); history")
    #expect(loaded.status == 0 && !loaded.signalled, "exit \(loaded.status): \(loaded.stderr)")
    #expect(loaded.stdout.contains("loaded 2 days from \(good): 600 buys, 882 sells"))
    #expect(loaded.stdout.contains("2        250      500"))
    let bad = try temporaryScript(Data("buys,sells,volume\n1,2,3\n".utf8))
    defer { removeScript(bad) }
    let refused = try runCommands("model pin; load \(bad)")
    #expect(refused.status == 1 && !refused.signalled)
    #expect(
        refused.stderr
            == "-c:2: \(bad):1: unknown column 'volume'; the header names buys (or B), sells (or S) and optionally date\n"
    )
    let missing = try runCommands("model pin; load /nonexistent/days.csv")
    #expect(missing.stderr == "-c:2: cannot read /nonexistent/days.csv: no such file\n")
}
