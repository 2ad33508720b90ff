/// A game played in the shell line by line (`maker`, `insider`): while one is on, a line that
/// reads as its move plays it, a line of numbers that is not one is refused with what a move
/// looks like, and every other line runs as a command. A game never changes the learner's market.
package protocol ShellGame: Sendable {
    /// `maker 2/20` for the prompt.
    var position: String { get }
    /// What a move looks like, for the prompt (`bid ask`, `your order`).
    var moveHint: String { get }
    /// What a move is, with the range it must lie in, for the line that refuses one:
    /// `two prices: bid ask, each from 16 to 184 (- for no quote on a side)`.
    var expects: String { get }
    var isOver: Bool { get }
    /// Plays a move when `words` read as one; nil when they do not. Words that can only be
    /// meant as numbers but are not a move (one price, a price out of range) give a refusal.
    mutating func move(_ words: [String], display: Display) -> GameMove?
    /// The game so far, for `maker` or `insider` alone.
    var standing: [Line] { get }
    /// `quote` during the game: the game's market as the player faces it now.
    var quote: [Line] { get }
    /// `history` during the game: its rounds so far, one row each.
    func history(display: Display) -> [Line]
    /// What leaving before the end says: the game so far, scored, and the value revealed.
    func leaving(display: Display) -> [Line]
    /// What homework reads of the game (`GameGrade`): its seed, length, moves and score.
    var grade: GameGrade { get }
}

/// What one move showed: its lines and figures, or why it was refused (the game unchanged).
package struct GameMove {
    package var lines: [Line]
    package var results: StudyResults?
    package var refused: ShellError?

    package init(lines: [Line], results: StudyResults? = nil, refused: ShellError? = nil) {
        (self.lines, self.results, self.refused) = (lines, results, refused)
    }
}

extension Interpreter {
    /// A move of the game in play, when the line reads as one; a refusal that says what a move
    /// is when the line is neither a move nor a command.
    mutating func gameMove(_ text: String) -> Reply? {
        guard var played = game else { return nil }
        let words = Parser.words(of: text)
        guard let move = played.move(words, display: display) else {
            guard !words.isEmpty else { return nil }
            do {
                _ = try Parser.parse(Array(text.utf8), model: session.kind, models: shell.models)
            } catch {
                if case .unknownVerb = error {
                    return failureReply(.makerQuote(GameText.refusal(text, expects: played.expects)), command: text)
                }
            }
            return nil
        }
        if let refused = move.refused { return failureReply(refused, command: text) }
        game = played.isOver ? nil : played
        var record = Record(command: text, session: session.model, step: nil)
        record.results = move.results
        return Reply(lines: move.lines, record: record)
    }

    /// Starts `new`; refused while another game is being played (one input mode at a time).
    package mutating func start(_ new: any ShellGame, opening: [Line]) throws(ShellError) -> [Line] {
        if let played = game { throw .makerQuote(GameText.oneAtATime(played.position)) }
        game = new
        return opening
    }

    /// `quote` and `history` while a game is on show the game's market, not the learner's; nil
    /// for every other command (and for these with no game).
    func gameView(_ command: Command) -> ModelReply? {
        guard let game else { return nil }
        switch command {
        case .market(.quote): return ModelReply(game.quote)
        case .market(.history): return ModelReply(game.history(display: display))
        default: return nil
        }
    }

    /// `quit` during a game, `maker quit`: leaves it, with the game so far scored.
    mutating func leaveGame() throws(ShellError) -> [Line] {
        guard let played = game else { throw .noGame(ownGames: shell.models.ownGames) }
        game = nil
        return played.leaving(display: display)
    }

    /// `[maker 3/20] bid ask` for the prompt while a game is on.
    public var gameStatus: (position: String, move: String)? {
        game.map { ($0.position, $0.moveHint) }
    }
}
