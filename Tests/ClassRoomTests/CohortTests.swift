import ShellKit
import Testing

@testable import ClassRoom

/// `class compare`'s figures: read off export rows, and what a difference between two classes says.
@Suite struct CohortTests {
    /// A trade game played to its end: each called student buys.
    func tradeClass(seed: UInt64) throws -> Driver {
        var d = Driver(ClassHarness.binary())
        try d.seat(4)
        try d.apply(.start(GameSetup(game: .trade, rounds: 3, seed: seed, breakSeconds: 0)))
        while d.room.gameRunning != nil {
            if let seat = d.called { try d.apply(.order(seat: seat, side: .buy)) } else { try d.apply(.next) }
        }
        return d
    }

    @Test func theFiguresAreTheRoundsResults() throws {
        let d = try tradeClass(seed: 5)
        let cohort = try #require(Cohort(rows: d.room.tradeRows()))
        guard case .trade(let game)? = d.room.game else { Issue.record("no trade game"); return }
        // Independently, from the rounds' own results and the market maker's own ledger.
        var informed = 0.0, uninformed = 0.0, informedTurns = 0
        for round in game.rounds {
            let results = try #require(round.results)
            let i = results.filter(\.role.informed).map(\.profit).reduce(0, +)
            let u = results.filter { !$0.role.informed }.map(\.profit).reduce(0, +)
            informed += i
            uninformed += u
            informedTurns += results.filter(\.role.informed).count
            let totals = try #require(cohort.tradeRounds["1/\(round.number)"])
            #expect(abs(-(totals.informed + totals.uninformed) - round.marketMaker.profit) < 1e-9)
        }
        #expect(cohort.tradeRounds.count == 3)
        #expect(cohort.informed.turns == informedTurns && cohort.informed.turns + cohort.uninformed.turns == 12)
        #expect(abs(cohort.informed.pnl - informed) < 1e-9 && abs(cohort.uninformed.pnl - uninformed) < 1e-9)
        #expect(cohort.uninformed.participation == 1 && cohort.students.count == 4)
        #expect(cohort.informed.participation == (informedTurns > 0 ? 1 : nil))
    }

    @Test func anExportReadsBackToTheSameFigures() throws {
        let d = try tradeClass(seed: 6)
        let rows = d.room.tradeRows()
        let back = try #require(ExportRow.rows(of: ExportRow.csv(rows)))
        #expect(back == rows)
        let quoted = [ExportRow(["name": "O'Neil, \"Jo\"", "pnl": "1"])]
        #expect(ExportRow.rows(of: ExportRow.csv(quoted)) == quoted)
        #expect(ExportRow.rows(of: #"[{"kind":"trade_turn","pnl":"1.5"}]"#)?.first?["pnl"] == "1.5")
        #expect(Cohort(rows: [ExportRow(["seat": "1", "name": "Ada"])]) == nil, "not a class's rows")
        #expect(ExportRow.rows(of: "a,b\n1\n") == nil, "a record short of the header")
    }

    @Test func theLinesSetTheClassesSideBySide() throws {
        let mine = try #require(Cohort(rows: try tradeClass(seed: 5).room.tradeRows()))
        let theirs = try #require(Cohort(rows: try tradeClass(seed: 8).room.tradeRows()))
        let lines = mine.lines(beside: theirs, name: "week2.csv")
        #expect(lines.first == "this class (4 students) beside week2.csv (4 students)")
        #expect(lines.contains { $0.hasPrefix("  rounds revealed") && $0.hasSuffix("3") })
        #expect(lines.contains { $0.contains("the transfer a round differs by") })
        #expect(!lines.contains("makers game"))
    }

    /// Two rounds each: [1, 3] has mean 2 and s² = 2, so its standard error is 1; the difference's
    /// is √2, and two of them 2.8284.
    @Test func theVerdictIsTwoStandardErrors() {
        let near = Sample.verdict("x", Sample([1, 3]), Sample([2, 4]))
        #expect(near == "x differs by −1.0000, within two standard errors (2.8284): the random draws alone could give it")
        let far = Sample.verdict("x", Sample([11, 13]), Sample([1, 3]))
        #expect(far.hasPrefix("x differs by +10.0000, beyond two standard errors (2.8284)"))
        let one = Sample.verdict("x", Sample([5]), Sample([1, 3]))
        #expect(one.contains("says nothing beyond these draws"))
        #expect(Sample.verdict("x", Sample([]), Sample([1])).contains("nothing to compare"))
    }
}
