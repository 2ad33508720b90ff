import ShellKit

/// A game item played again from its code: the student's model and settings, the game dealt from
/// her seed, and her moves through the game's own rules (`ShellGame.move`), which re-derive its score.
package enum GameReplay {
    package struct Outcome: Equatable {
        /// The replayed score, in thousandths.
        package var score: Int
        package var finished: Bool
    }

    /// The move (from 1) the record cannot have come from: one the game refuses, or one too many.
    package struct Impossible: Error, Equatable {
        package var move: Int
    }

    /// The shell with the item's game started from `seed`, before any move; nil when it does not start.
    package static func start(_ item: AssignmentItem, setup: [String], seed: UInt64, models: ModelCatalog) -> Interpreter? {
        var shell = Interpreter(models: models)
        for line in setup + [command(item, seed: seed)] {
            if let reply = shell.run(line: Array(line.utf8)), reply.record.error != nil { return nil }
        }
        return shell.game == nil ? nil : shell
    }

    /// The command that deals the item's game: `maker compete rounds 8 seed S`, `insider S`.
    package static func command(_ item: AssignmentItem, seed: UInt64) -> String {
        switch item.work {
        case .maker(let rule, let rounds): "maker \(rule) rounds \(rounds) seed \(seed)"
        default: "insider \(seed)"
        }
    }

    /// The score the moves give, or the first move that cannot have been played.
    package static func replay(_ shell: Interpreter, moves: [[Int64?]]) -> Result<Outcome, Impossible> {
        guard var game = shell.game else { return .failure(Impossible(move: 1)) }
        for (i, offsets) in moves.enumerated() {
            let grade = game.grade
            guard !grade.reference.isEmpty,
                let played = game.move(GameGrade.words(GameMoves.numbers(offsets, reference: grade.reference)), display: shell.display),
                played.refused == nil
            else { return .failure(Impossible(move: i + 1)) }
        }
        let grade = game.grade
        return .success(Outcome(score: GameMoves.thousandths(grade.score ?? 0), finished: game.isOver))
    }
}
