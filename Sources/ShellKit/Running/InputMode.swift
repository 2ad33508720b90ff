/// What a typed line goes to first: one input mode at a time, and the prompt says which.
///
/// The rules, in one place (`Interpreter.inputMode`): a game takes the input over a lesson or a
/// drill it was started in, which wait until it ends or is left; a drill and a lesson are never
/// open together (the second is refused); a lesson is not started during a game (refused).
public enum InputMode: Equatable, Sendable {
    /// No lesson, drill or game: every line is a command.
    case free
    /// A lesson's step (`bayes 2/7`), with its open question's label, if any.
    case lesson(position: String, question: String?)
    /// A drill's exercise (`drill 2/5`): an answer, or Enter when the next exercise waits.
    case drill(position: String, waiting: Bool)
    /// A game (`maker 2/20`) and what a move looks like (`bid ask`); `waiting` names the lesson
    /// or drill under it.
    case game(position: String, move: String, waiting: String?)

    /// What the prompt shows before `> `: the mode, or the market's clock in free play.
    public func prompt(clock: String) -> String {
        switch self {
        case .free: "\(clock)> "
        case .lesson(let position, let question?): "[\(position)] \(question)> "
        case .lesson(let position, nil): "[\(position)] \(clock)> "
        case .drill(let position, let waiting): "[\(position)] \(waiting ? "Enter" : "answer")> "
        case .game(let position, let move, _): "[\(position)] \(move)> "
        }
    }
}

extension Interpreter {
    /// The input mode now: a game over a drill over a lesson over free play.
    public var inputMode: InputMode {
        if let game {
            let waiting =
                drills.play?.current != nil ? "the drill" : lessons.play.map { "lesson \($0.lesson.name)" }
            return .game(position: game.position, move: game.moveHint, waiting: waiting)
        }
        if let play = drills.play, play.current != nil {
            return .drill(position: "drill \(play.index + 1)/\(play.set.exercises.count)", waiting: play.waiting)
        }
        if let status = lessons.status { return .lesson(position: status.position, question: status.question) }
        return .free
    }

    /// Routes a line by the input mode: a game's move, a drill's answer, a lesson's Enter or
    /// answer. Nil lets the line run as a command.
    mutating func routeByMode(_ text: String, bytes: [UInt8]) -> Reply? {
        let fits = bytes.count <= Parser.maximumLineBytes
        switch inputMode {
        case .free:
            return nil
        case .game:
            guard fits, var move = gameMove(text) else { return nil }
            move.lines += resumedAfterGame()
            return move
        case .drill:
            return drillLine(text, bytes: bytes)
        case .lesson:
            if text.isEmpty, fits { return run(.shell(.next), text: "next") }
            if let prediction = lessons.play?.pending?.prediction, fits, let given = prediction.reading(text) {
                return reply(lines: lessons.answer(&shell, given, typed: text), text: text)
            }
            return nil
        }
    }

    /// Refuses a lesson's or drill's verb while a game stacked on them takes the input, and a
    /// lesson started during a game.
    func refuseOutsideMode(_ command: Command, text: String) throws(ShellError) {
        guard case .game(let position, _, let waiting) = inputMode else { return }
        switch command {
        case .shell(.lesson(.start)): throw .lessonDuringGame(position: position)
        case .shell(.next), .shell(.back), .shell(.skip), .shell(.restart), .shell(.hint), .shell(.again):
            guard let waiting else { return }
            let verb = text.split(separator: " ").first.map(String.init) ?? "next"
            throw .gameTakesTheInput(verb: verb, position: position, waiting: waiting)
        default: return
        }
    }

    /// Said when a game starts over a lesson or a drill: it waits.
    func stackedNote() -> [Line] {
        guard case .game(let position, _, let waiting?) = inputMode else { return [] }
        return [
            Line("(\(waiting) waits while you play \(position); quit leaves the game and \(waiting) goes on)", .dim)
        ]
    }

    /// Said when a game ends or is left and a lesson or drill was waiting under it.
    func resumedAfterGame() -> [Line] {
        guard game == nil else { return [] }
        if let play = drills.play, play.current != nil {
            return [Line("(back to the drill at exercise \(play.index + 1) of \(play.set.exercises.count))", .dim)]
        }
        if let play = lessons.play {
            let question = play.pending != nil ? "; its question is open" : ""
            return [
                Line(
                    "(back to lesson \(play.lesson.name) at step \(play.index + 1) of \(play.lesson.steps.count)\(question))",
                    .dim)
            ]
        }
        return []
    }
}
