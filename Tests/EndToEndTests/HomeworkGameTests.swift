import Foundation
import Homework
import ModelRegistry
import ShellKit
import Testing

/// A maker game as homework through the real binary: the student quotes the Bayesian market
/// maker's own zero-profit quotes every round, her code verifies at 100%, and a code whose moves
/// or score were changed by hand is refused with the replay's reason.
@Suite struct HomeworkGameEndToEndTests {
    static let text = """
        # One maker game
        id e2e-maker
        version 1
        pass 60%
        model binary
        maker compete rounds 8
        """

    /// The market maker's quotes each round of the student's game, as she would read them off
    /// the prompt (to the 4 places shown).
    static func marketMakersQuotes(_ assignment: Assignment, student: String) throws -> [[Double?]] {
        let item = assignment.items[0]
        let seed = StudentDerivation.seed(assignment, student: student, item: 0)
        let setup = StudentDerivation.setup(assignment, student: student, item: item, opening: glostenModels.opening)
        var game = try #require(GameReplay.start(item, setup: setup, seed: seed, models: glostenModels)?.game)
        var quotes: [[Double?]] = []
        while !game.isOver {
            let quote = game.grade.reference.map { $0.map { ($0 * 10_000).rounded() / 10_000 } }
            quotes.append(quote)
            _ = game.move(GameGrade.words(quote), display: Display())
        }
        return quotes
    }

    @Test func makerGamePlayedVerifiedAndTamperingRefused() throws {
        let folder = try shortScratchFolder("hwg")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("m.txt").path
        try Self.text.write(toFile: file, atomically: true, encoding: .utf8)
        let assignment = try AssignmentParser.parse(Self.text, path: file)
        let quotes = try Self.marketMakersQuotes(assignment, student: "ada")
        #expect(quotes.count == 8)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = folder.appendingPathComponent("state").path
        environment["NO_COLOR"] = "1"

        // Five rounds, then she leaves; the next session replays them and she plays the last three.
        let lines = quotes.map { GameGrade.words($0).joined(separator: " ") }
        let first = try run(
            arguments: ["homework", file, "--student", "ada"],
            stdin: Data((lines.prefix(5).joined(separator: "\n") + "\nquit\n").utf8), environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("maker compete: 8 rounds, seed \(StudentDerivation.seed(assignment, student: "ada", item: 0))"))
        let second = try run(
            arguments: ["homework", file, "--student", "ada", "--json"],
            stdin: Data((lines.suffix(3).joined(separator: "\n") + "\nhomework code\n").utf8), environment: environment)
        #expect(second.status == 0, "\(second.stderr)")
        let codeRecord = try #require(try jsonRecords(second).first { $0["command"] as? String == "homework code" })
        let code = try #require((codeRecord["results"] as? [String: Any])?["code"] as? String)
        #expect((codeRecord["results"] as? [String: Any])?["items_done"] as? Int == 1)

        // Her quotes are the zero-profit quotes E[V | buy], E[V | sell]: no side lies below
        // break-even and she shares every order, so all 8 rounds are sound: 100%.
        guard case .success(let record) = CodeFields.record(code), case .game(let claimed, true, let moves) = record.items[0]
        else { Issue.record("not a finished game: \(code)"); return }
        #expect(claimed == 1000 && moves.count == 8)
        // Undercut the ask by 1 in round 3: that side sells below E[V | buy], so 7 of 8 rounds are sound.
        var undercut = record
        var changed = moves
        changed[2][1] = (changed[2][1] ?? 0) - 10_000
        undercut.items[0] = .game(claimed: claimed, finished: true, moves: changed)
        var inflated = record
        inflated.items[0] = .game(claimed: 990, finished: true, moves: moves)
        var unplayable = record
        unplayable.items[0] = .game(claimed: claimed, finished: true, moves: moves + [[0, 0]])

        let rows = [
            ("ada", code), ("ada", CodeFields.code(undercut)), ("ada", CodeFields.code(inflated)), ("ada", CodeFields.code(unplayable)),
        ]
        var graded: [[String: Any]] = []
        for (student, each) in rows {
            let codes = folder.appendingPathComponent("codes.csv").path
            try "student,code\n\(student),\(each)\n".write(toFile: codes, atomically: true, encoding: .utf8)
            let verified = try run(arguments: ["verify", file, codes, "--json"], environment: environment)
            graded.append(try #require(try jsonRecords(verified).first))
        }
        #expect(graded[0]["valid"] as? Bool == true && graded[0]["total"] as? Double == 1 && graded[0]["passed"] as? Bool == true)
        #expect(graded[1]["valid"] as? Bool == false)
        #expect(graded[1]["why"] as? String == "item 1 (maker compete rounds 8) claims a score of 100.0%; replaying its moves gives 87.5%")
        #expect(graded[2]["why"] as? String == "item 1 (maker compete rounds 8) claims a score of 99.0%; replaying its moves gives 100.0%")
        #expect(graded[3]["why"] as? String == "item 1 (maker compete rounds 8), move 9: the game refuses it, so the recorded moves cannot have been played")
    }
}
