import Foundation
import PINModel
@testable import PINShell
@testable import ShellKit
import ShellTestSupport
import Testing

/// The PIN model as a learner meets it: a day's Bayes step, refusals, load and export, estimate,
/// its JSON fields, undo and save.
struct PINShellTests {
    private func pinShell(_ files: MemoryFiles = MemoryFiles()) -> Interpreter {
        var shell = Interpreter.forTests(files: files)
        _ = send(&shell, "model pin")
        return shell
    }

    @Test func aDayPrintsTheBayesStepItAppliedAndTheQuotes() throws {
        var shell = pinShell()
        let reply = try #require(send(&shell, "day 30 70"))
        #expect(reply.error == nil)
        let text = reply.plainText
        // The numbers printed are those of the library's step for the same day and parameters.
        let step = DayBayes(day: TradingDay(buys: 30, sells: 70), parameters: PINParameters())
        for row in step.rows {
            #expect(text.contains(Format.fixed(row.logLikelihood, places: 4)))
            #expect(text.contains(Format.probability(row.posterior)))
        }
        #expect(text.contains("bad news is likeliest"))
        // Defaults: α = 0.4, δ = ½, μ = 40, ε = 30, values 96/104: PIN = 16/76, spread = 8·16/76.
        #expect(
            text.contains(
                "\(Format.fixed(16.0 / 76, places: 4)) = αμ/(αμ+ε_b+ε_s); PIN·(high − low) = \(Format.fixed(8 * 16.0 / 76, places: 4)) = spread"
            ))
        #expect(text.contains("spread \(Format.fixed(8 * 16.0 / 76, places: 4))"))
        // The reason names the ln-likelihood gaps the rows show.
        let gap = step.row(.bad).logLikelihood - step.row(.none).logLikelihood
        #expect(
            text.contains("no news: \(Format.fixed(gap, places: 4)) higher, \(Format.fixed(log(3.0), places: 4)) lower")
        )
        #expect(shell.session.model.value(of: .pBad) == step.row(.bad).posterior)
        #expect(shell.session.model.time == 1)
        let lines = text.split(separator: "\n")
        #expect(lines.count <= 24)
    }

    @Test func sharedVerbsThatMakeNoSenseAreRefusedWithWhatToUse() throws {
        var shell = pinShell()
        for (line, instead) in [
            ("buy", "day B S"), ("informed", "day"), ("simulate", "run N, then estimate"), ("plot spread", "estimate"),
        ] {
            let reply = try #require(send(&shell, line))
            let message = try #require(reply.error?.message)
            #expect(message.contains("is not part of the pin model"))
            #expect(message.contains(instead), "\(line): \(message)")
        }
        #expect(send(&shell, "day 3")?.error == .model(PINErrorText.dayNeedsBoth))
        #expect(send(&shell, "day 2.5 4")?.error == .model(PINErrorText.notACount(2.5)))
        #expect(send(&shell, "estimate")?.error == .model(PINErrorText.estimation(.noDays)))
        #expect(send(&shell, "undo")?.error == .nothingToUndo(noneYet: PINErrorText.noDayHeld))
        #expect(send(&shell, "run 1000001")?.error == .model(PINErrorText.runTooLong(1_000_000)))
        #expect(send(&shell, "set delta 1.5")?.error?.message == "delta must be a probability from 0 to 1, not 1.5")
        #expect(shell.session.model.time == 0)
    }

    @Test func loadReadsTheCountsAndABadFileNamesItsLineAndChangesNothing() throws {
        let files = MemoryFiles()
        files.put("days.csv", "# my days\nDate,B,S\n2024-01-02,350,382\n2024-01-03,250,500\n")
        files.put("bad.csv", "buys,sells\n3,4\n5,x\n")
        var shell = pinShell(files)
        let loaded = try #require(send(&shell, "load days.csv"))
        #expect(loaded.error == nil)
        #expect(
            loaded.plainText.hasPrefix("loaded 2 days from days.csv (2024-01-02 to 2024-01-03): 600 buys, 882 sells"))
        let bad = try #require(send(&shell, "load bad.csv"))
        #expect(bad.error?.message == "bad.csv:3: sells must be a whole number from 0 to 1000000000, not 'x'")
        #expect(shell.session.model.time == 2)
        #expect(send(&shell, "load none.csv")?.error?.message == "cannot read none.csv: no such file")
        #expect(send(&shell, "export csv out.csv")?.error == nil)
        #expect(files.text("out.csv") == "date,buys,sells\n2024-01-02,350,382\n2024-01-03,250,500\n")
        #expect(send(&shell, "export json out.json")?.error?.message.contains("export csv FILE") == true)
    }

    @Test func estimateOnInfoTradsDaysPrintsAndRecordsTheFit() throws {
        let files = MemoryFiles()
        let b = [350, 250, 500, 552, 163, 345, 847, 923, 123, 349]
        let s = [382, 500, 463, 550, 200, 323, 456, 342, 578, 455]
        files.put("it.csv", "buys,sells\n" + zip(b, s).map { "\($0),\($1)\n" }.joined())
        var shell = pinShell(files)
        _ = send(&shell, "load it.csv")
        let reply = try #require(send(&shell, "estimate"))
        #expect(reply.error == nil)
        let e = try PINEstimator.estimate(zip(b, s).map { TradingDay(buys: $0, sells: $1) })
        let text = reply.plainText
        #expect(
            text.contains(
                "PIN        \(Format.fixed(e.pin, places: 4)) ± \(Format.fixed(e.standardErrors.pin!, places: 4))"))
        #expect(text.contains("log-likelihood \(Format.fixed(e.logLikelihood, places: 4))"))
        #expect(text.contains("\(e.reachedBest) reached the best"))
        #expect(text.contains("delta      \(Format.fixed(e.parameters.delta, places: 4))        — at its bound"))
        let fields = reply.record.fields
        #expect(fields["pin"] == e.pin)
        #expect(fields["alpha"] == e.parameters.alpha)
        #expect(fields["se_mu"] == e.standardErrors.of(.mu))
        #expect(fields["se_delta"] == .some(nil))
        #expect(fields["loglik"] == e.logLikelihood)
        #expect(fields["days"] == 10)
        let json = reply.record.json
        for key in [
            "\"alpha\":", "\"delta\":", "\"mu\":", "\"eps_buy\":", "\"eps_sell\":", "\"pin\":", "\"loglik\":",
            "\"days\":10", "\"se_alpha\":", "\"se_pin\":", "\"se_delta\":null",
        ] {
            #expect(json.contains(key), "\(key) in \(json)")
        }
        #expect(shell.session.model.value(of: .pinHat) == e.pin)
        // Changing the days forgets the estimate.
        _ = send(&shell, "day 10 10")
        #expect(shell.session.model.value(of: .pinHat) == nil)
    }

    @Test func nature_undo_reset_andSaveReplay() throws {
        let files = MemoryFiles()
        var shell = pinShell(files)
        _ = send(&shell, "set seed 7")
        _ = send(&shell, "set truth bad")
        let run = try #require(send(&shell, "run 3")).plainText
        #expect(run.contains("hidden: 0 no news, 3 bad, 0 good; 3 held"))
        var rng = Xoshiro256(seed: 7)
        let drawn = DrawnDay.draw(3, PINParameters(), truth: .fixed(.bad), using: &rng)
        for (i, d) in drawn.enumerated() {
            #expect(run.contains("\(Format.pad(String(i + 1), 9))\(Format.pad(String(d.day.buys), 9))\(d.day.sells) "))
        }
        _ = send(&shell, "undo")
        #expect(shell.session.model.time == 2)
        #expect(send(&shell, "save s.txt")?.error == nil)
        let saved = try #require(files.text("s.txt"))
        #expect(saved.contains("model pin"))
        #expect(saved.contains("run 3"))
        #expect(saved.contains("undo"))
        // The saved lines replay the same days.
        var replayed = pinShell(files)
        for line in saved.split(separator: "\n") where !line.hasPrefix("#") { _ = send(&replayed, String(line)) }
        #expect(replayed.session.model.sameMarket(as: shell.session.model))
        _ = send(&shell, "reset")
        #expect(shell.session.model.time == 0)
    }

    /// A loaded date that begins with `#` is written quoted, so export then load gives back every
    /// day (before, the line read back as a comment and the day was lost).
    @Test func exportThenLoadKeepsEveryDayAndDate() throws {
        let files = MemoryFiles()
        files.put("odd.csv", "date,buys,sells\n\"#1\",3,4\n\" x \",5,6\nplain,7,8\n")
        var shell = pinShell(files)
        #expect(send(&shell, "load odd.csv")?.error == nil)
        #expect(send(&shell, "export csv back.csv")?.error == nil)
        #expect(files.text("back.csv") == "date,buys,sells\n\"#1\",3,4\n\" x \",5,6\nplain,7,8\n")
        var again = pinShell(files)
        #expect(send(&again, "load back.csv")?.error == nil)
        #expect(again.session.model.sameMarket(as: shell.session.model))
    }

    /// 200 identical days: the estimate is the no-event point, PIN 0, μ and δ not identified (null
    /// in JSON), with the reason; before, α = 2·10⁻¹², μ = 9.6·10¹¹ and PIN 0.0258.
    @Test func identicalDaysEstimatePINZeroAndSayWhy() throws {
        let files = MemoryFiles()
        files.put("flat.csv", "buys,sells\n" + String(repeating: "40,40\n", count: 200))
        var shell = pinShell(files)
        _ = send(&shell, "load flat.csv")
        let reply = try #require(send(&shell, "estimate"))
        #expect(reply.error == nil)
        let text = reply.plainText
        #expect(text.contains("PIN        0.0000 (no standard error)"))
        #expect(text.contains("mu         —             — not identified (alpha at 0)"))
        #expect(text.contains("eps_buy    40.0000       \(Format.fixed((40.0 / 200).squareRoot(), places: 4))"))
        for line in PINEstimateText.noEventReason { #expect(text.contains(line)) }
        #expect(reply.record.fields["pin"] == 0)
        #expect(reply.record.fields["alpha"] == 0)
        #expect(reply.record.fields["mu"] == .some(nil))
        #expect(reply.record.fields["delta"] == .some(nil))
        #expect(reply.record.json.contains("\"mu\":null"))
    }

    /// A stop inside `profile` changes nothing: no estimate is kept; an export stopped leaves no file.
    @Test func stoppedProfileAndExportChangeNothing() throws {
        let files = MemoryFiles()
        var shell = pinShell(files)
        _ = send(&shell, "run 70000")
        shell.shouldStop = { true }
        #expect(send(&shell, "profile")?.error == .model(PINErrorText.estimation(.interrupted(done: 0, of: nil))))
        #expect(shell.session.model.value(of: .pinHat) == nil)
        #expect(
            send(&shell, "export csv days.csv")?.error
                == .cannotWrite("days.csv", reason: .interrupted(partly: false)))
        #expect(files.text("days.csv") == nil)
        #expect(shell.session.model.time == 70000)
    }

    /// `run N` asks every 4 096 days (before, a run of 10⁶ days ran to its end): the days drawn
    /// stay held, and `save` records the run as far as it went.
    @Test func aStoppedRunKeepsTheDaysDrawn() throws {
        let files = MemoryFiles()
        var shell = pinShell(files)
        shell.shouldStop = { true }
        let text = try #require(send(&shell, "run 10000")).plainText
        #expect(text.contains("4095 days: "))
        #expect(text.contains("interrupted after 4095 of 10000 days; those days stay held"))
        #expect(shell.session.model.time == 4095)
        shell.shouldStop = { false }
        _ = send(&shell, "save s.txt")
        #expect(files.text("s.txt")?.contains("run 4095\n") == true)
    }

    /// `history N` shows at most 10 000 rows and says where the rest are.
    @Test func longHistoryIsCapped() throws {
        var shell = pinShell()
        _ = send(&shell, "run 10005")
        let lines = try #require(send(&shell, "history 20000")).lines.map(\.plain)
        #expect(lines.count == PINDayText.largestHistory + 3)
        #expect(
            lines[1].contains("…  5 earlier days not shown: at most 10000 here; export csv FILE writes all"))
        #expect(lines[2].hasPrefix("6        "))
    }
}

/// The example data file is the 60 days the lesson draws, and `load` reads it.
@Test func theExampleFileHoldsTheLessonsDaysAndLoads() throws {
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(contentsOf: package.appendingPathComponent("examples/pin-days.csv"), encoding: .utf8)
    #expect(text.hasPrefix("# 60 trading days drawn by glosten"))
    var rng = Xoshiro256(seed: 2026)
    let drawn = DrawnDay.draw(60, PINParameters(), truth: .drawn, using: &rng).map(\.day)
    #expect(try CountsCSV.read(text) == drawn)
    let files = MemoryFiles()
    files.put("pin-days.csv", text)
    var shell = Interpreter.forTests(files: files)
    for line in ["model pin", "load pin-days.csv"] { #expect(send(&shell, line)?.error == nil) }
    #expect(shell.session.model.time == 60)
}
