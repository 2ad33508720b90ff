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

/// Through the real binary: a date beginning with `#` survives `export csv` then `load` (it is
/// written quoted), and 30 constant days (1000, 10) estimate the no-event point instead of being
/// refused ("no starting point gave a finite log-likelihood" before).
@Test func theBinaryExportsAHashDateThatLoadsBackAndEstimatesConstantDays() throws {
    let days = "date,buys,sells\n\"#1\",1000,10\n" + (2...30).map { "d\($0),1000,10\n" }.joined()
    let source = try temporaryScript(Data(days.utf8))
    defer { removeScript(source) }
    let copy = source + ".csv"
    defer { try? FileManager.default.removeItem(atPath: copy) }
    let run = try runCommands("model pin; load \(source); export csv \(copy); load \(copy); history 1; estimate")
    #expect(run.status == 0 && !run.signalled, "exit \(run.status): \(run.stderr)")
    #expect(try String(contentsOfFile: copy, encoding: .utf8) == days)
    #expect(run.stdout.contains("loaded 30 days from \(copy) (#1 to d30): 30000 buys, 300 sells"))
    #expect(run.stdout.contains("PIN        0.0000 (no standard error)"))
    #expect(run.stdout.contains("eps_buy    1000.0000"))
    #expect(run.stdout.contains("eps_sell   10.0000"))
}
