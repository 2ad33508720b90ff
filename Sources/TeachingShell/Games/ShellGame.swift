/// A game played in the shell line by line (`maker`, `insider`): while one is on, a line that
/// reads as its move plays it, and every other line runs as a command. A game never changes
/// the learner's market.
protocol ShellGame: Sendable {
    /// `maker 2/20` for the prompt.
    var position: String { get }
    /// What a move looks like, for the prompt (`bid ask`, `your order`).
    var moveHint: String { get }
    var isOver: Bool { get }
    /// Plays a move when `words` read as one; nil when they do not.
    mutating func move(_ words: [String], display: Display) -> GameMove?
    /// The game so far, for `maker` or `insider` alone.
    var standing: [Line] { get }
    /// What leaving before the end says (the value revealed).
    var leaving: [Line] { get }
}

/// What one move showed: its lines and figures, or why it was refused (the game unchanged).
struct GameMove {
    var lines: [Line]
    var results: StudyResults?
    var refused: ShellError?
}

extension Interpreter {
    /// A move of the game in play, when the line reads as one.
    mutating func gameMove(_ text: String) -> Reply? {
        guard var played = game, let move = played.move(Parser.words(of: text), display: display) else { return nil }
        if let refused = move.refused { return failureReply(refused, command: text) }
        game = played.isOver ? nil : played
        var record = Record(command: text, session: session.model, step: nil)
        record.results = move.results
        return Reply(lines: move.lines, record: record)
    }

    /// Starts `new`, leaving the game in play (if any) with a line that says so.
    mutating func start(_ new: any ShellGame, opening: [Line]) -> [Line] {
        let left = game.map { [Line("the game in play (\($0.position)) is left", .dim)] + $0.leaving } ?? []
        game = new
        return left + opening
    }

    /// `quit` during a game, `maker quit`: leaves it.
    mutating func leaveGame() throws(ShellError) -> [Line] {
        guard let played = game else { throw .noGame }
        game = nil
        return played.leaving
    }

    /// `[maker 3/20] bid ask` for the prompt while a game is on.
    public var gameStatus: (position: String, move: String)? {
        game.map { ($0.position, $0.moveHint) }
    }
}
