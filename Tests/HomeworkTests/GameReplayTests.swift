import ModelRegistry
import ShellKit
import Testing

@testable import Homework

/// The insider game as homework: dealt from the student's seed, replayed from its moves.
@Suite struct GameReplayTests {
    static let text = """
        # Insider
        id insider-1
        version 1
        pass 50%
        model kyle
        set auctions 4
        insider
        """
    static let assignment = try! AssignmentParser.parse(text, path: "i.txt")

    static func shell(_ student: String) throws -> Interpreter {
        let item = assignment.items[0]
        let setup = StudentDerivation.setup(assignment, student: student, item: item, opening: glostenModels.opening)
        return try #require(
            GameReplay.start(item, setup: setup, seed: StudentDerivation.seed(assignment, student: student, item: 0), models: glostenModels))
    }

    /// Sending the equilibrium insider's own order each auction (to 4 places) makes her market the
    /// equilibrium's: the same flows, the same prices, so her profit is its profit — 100% (1000
    /// thousandths, give or take the 4th place of the orders).
    @Test func theEquilibriumsOrdersScoreFull() throws {
        let shell = try Self.shell("ada")
        var game = try #require(shell.game)
        var moves: [[Int64?]] = []
        while !game.isOver {
            moves.append([0])  // an offset of 0 from the reference: the equilibrium's order
            let order = GameMoves.numbers([0], reference: game.grade.reference)
            _ = game.move(GameGrade.words(order), display: Display())
        }
        #expect(moves.count == 4)
        let outcome = try GameReplay.replay(shell, moves: moves).get()
        #expect(outcome.finished && outcome.score >= 999)
        // Her neighbour's day is another: v and the noise come from her own seed.
        #expect(try Self.shell("bob").game?.grade.seed != shell.game?.grade.seed)
    }

    /// A fifth order on a four-auction day cannot have been played.
    @Test func aMovePastTheEndIsImpossible() throws {
        let shell = try Self.shell("ada")
        #expect(GameReplay.replay(shell, moves: Array(repeating: [0], count: 5)) == .failure(GameReplay.Impossible(move: 5)))
    }
}
