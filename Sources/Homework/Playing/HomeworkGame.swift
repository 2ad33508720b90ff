import ShellKit

/// A game item being played: each move is kept to 4 places (and played so, so that `verify`'s
/// replay meets the very same move), written into the record as offsets from the game's reference,
/// with the score it claims.
extension HomeworkSession {
    /// A move of the homework's game, as it is played and recorded.
    struct GameLine {
        /// The move's numbers to 4 places, as the line the shell runs.
        var line: String
        var offsets: [Int64?]
        /// The game after the move; nil when the game refuses the move so kept.
        var after: GameGrade?
    }

    /// The line as a move of the homework's game, or nil when it is none (a command, another game).
    func gameMove(_ text: String, _ shell: Interpreter) -> GameLine? {
        guard isHomeworkGame(shell), let game = shell.game else { return nil }
        var probe = game
        guard let typed = probe.move(Parser.words(of: text), display: shell.display), typed.refused == nil,
            let numbers = probe.grade.moves.last
        else { return nil }
        let reference = game.grade.reference
        let offsets = GameMoves.offsets(numbers, reference: reference)
        let words = GameGrade.words(GameMoves.numbers(offsets, reference: reference))
        var played = game
        let kept = played.move(words, display: shell.display)
        let after = kept != nil && kept?.refused == nil ? played.grade : nil
        return GameLine(line: words.joined(separator: " "), offsets: offsets, after: after)
    }

    /// Adds a played move to the record, with the score the game now gives.
    mutating func keep(_ move: GameLine) {
        guard let after = move.after, case .game(_, _, var moves) = record.items[current] else { return }
        moves.append(move.offsets)
        record.items[current] = .game(
            claimed: GameMoves.thousandths(after.score ?? 0), finished: moves.count >= after.length, moves: moves)
        changed = true
    }

    /// Whether the shell's game is the current item's, dealt from the student's seed.
    func isHomeworkGame(_ shell: Interpreter) -> Bool {
        switch assignment.items[current].work {
        case .maker, .insider:
            shell.game?.grade.seed == StudentDerivation.seed(assignment, student: student, item: current)
        default: false
        }
    }

    /// Plays the recorded moves again in the game just started (quietly), and says where it stands.
    func resumeGame(_ moves: [[Int64?]], _ shell: inout Interpreter) -> [Line] {
        for offsets in moves {
            guard let reference = shell.game?.grade.reference else { break }
            let words = GameGrade.words(GameMoves.numbers(offsets, reference: reference))
            _ = shell.run(line: Array(words.joined(separator: " ").utf8))
        }
        let said = moves.count == 1 ? "your move so far is" : "your \(moves.count) moves so far are"
        return [Line("\(said) played again", .dim)]
            + (shell.game?.standing ?? [])
    }
}
