@testable import ShellKit
import Testing

@testable import ClassRoom

/// Grades: participation and Borda rank within role, as rows whose names are the `--json` record's.
@Suite struct GradesTests {
    @Test func bordaCountsThoseBeatenAndHalfThoseTied() {
        // Three students scoring 3, 1, 1: the first beat two (2/2 = 1); the others beat none and
        // tied one (½ / 2 = 0.25).
        #expect(Borda.scores([1: 3, 2: 1, 3: 1]) == [1: 1, 2: 0.25, 3: 0.25])
        #expect(Borda.scores([1: -1, 2: 0, 3: 2, 4: 5]) == [1: 0, 2: 1.0 / 3, 3: 2.0 / 3, 4: 1])
        #expect(Borda.scores([7: 10]).isEmpty, "one student alone in a role is not ranked")
    }

    @Test func participationCountsTheTurnsAStudentPlayedHerself() throws {
        var d = Driver(ClassHarness.binary())
        try d.seat(3)
        try d.apply(.start(GameSetup(game: .trade, rounds: 4, seed: 2, breakSeconds: 0)))
        for round in 1...4 {
            while let seat = d.called {
                // Seat 1 always plays, seat 2 never (the robot does), seat 3 in even rounds.
                if seat == 1 || (seat == 3 && round % 2 == 0) { try d.apply(.pass(seat: seat)) } else { d.wait(10) }
            }
            if round < 4 { try d.apply(.next) }
        }
        let grades = d.room.grades()
        func participation(_ seat: Int) -> Double? { grades.first { $0.seat == seat }?.participation }
        #expect(participation(1) == 1)
        #expect(participation(2) == 0)
        #expect(participation(3) == 0.5)
        // Each student appears once per role she played, and her Borda mean is over her groups.
        for g in grades {
            #expect(g.turns == 4)
            #expect(["informed", "uninformed"].contains(g.role))
            if let b = g.borda { #expect((0...1).contains(b) && g.ranked > 0) }
        }
    }

    @Test func exportFieldsAreTheJSONRecordsWhereTheyOverlap() throws {
        var d = Driver(ClassHarness.binary())
        try d.seat(2)
        try d.apply(.start(GameSetup(game: .trade, rounds: 1, seed: 2)))
        while let seat = d.called { try d.apply(.order(seat: seat, side: .buy)) }
        let rows = d.room.tradeRows()
        #expect(rows.count == 2)
        let names = try #require(rows.first?.names)
        // The same quantity under the same name: a buy's record (`t`, `order`, …) and the maker
        // game's round record (`true_value`: nature's value; `pnl`). The record's `value` is E[V],
        // not the value: no class row uses that name.
        for shared in ["t", "order", "price", "bid", "ask", "trader"] {
            #expect(names.contains(shared))
            #expect(Record.CodingKeys(rawValue: shared) != nil, "\(shared) is a --json field")
        }
        for shared in ["true_value", "pnl"] {
            #expect(names.contains(shared))
            #expect(MakerRoundResult.CodingKeys(rawValue: shared) != nil, "\(shared) is a maker record's field")
        }
        #expect(!names.contains("value") && !names.contains("profit"))
        #expect(names.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
        // The first buyer met the opening ask 102.6 (μ·ΔV/2 above 102); her row says so.
        let first = try #require(rows.first { $0["t"] == "1" })
        #expect(first["order"] == "buy")
        #expect(abs((Double(first["price"] ?? "") ?? 0) - 102.6) < 1e-9)
        #expect(["informed", "noise"].contains(first["trader"] ?? ""))
        let gradeNames = try #require(d.room.grades().first?.row.names)
        #expect(gradeNames == ["seat", "name", "role", "ranked", "borda", "turns", "played", "participation"])
    }

    @Test func csvQuotesOnlyWhatNeedsIt() {
        let rows = [
            ExportRow(["name": "O'Neil", "note": "a,b"]), ExportRow(["name": "Ada", "note": "say \"hi\""]),
        ]
        #expect(ExportRow.csv(rows) == "name,note\nO'Neil,\"a,b\"\nAda,\"say \"\"hi\"\"\"\n")
        #expect(ExportRow.csv([]) == "")
    }
}
