/// How the interpreter routes lines to an open drill: the two hooks `Interpreter` calls.
extension Interpreter {
    /// While a drill is open, a line that reads as an answer answers it, and a line that is
    /// neither an answer nor a command says what an answer looks like; nil lets the line run.
    mutating func drillLine(_ text: String, bytes: [UInt8]) -> Reply? {
        if game == nil, lessons.play == nil, text.lowercased() == DrillPlayer.solutionWord, let lines = drills.solution() {
            return reply(lines: lines, text: text)
        }
        guard game == nil, let exercise = drills.play?.current, bytes.count <= Parser.maximumLineBytes else {
            return nil
        }
        // After a solution the next exercise waits for Enter (or an answer, which cannot be to it yet).
        if drills.play?.waiting == true, text.isEmpty || exercise.reading(text) != nil {
            return reply(lines: drills.again(), text: text)
        }
        if let given = exercise.reading(text), let (lines, result) = drills.answer(given) {
            var reply = reply(lines: lines, text: text)
            reply.record.results = .drill(result)
            return reply
        }
        do {
            _ = try Parser.parse(bytes, model: session.kind, models: shell.models)
        } catch {
            if case .unknownVerb = error {
                return failureReply(.notAnAnswer(text, accepts: exercise.accepts), command: text)
            }
        }
        return nil
    }

    /// `drill …`, and the verbs a drill answers while it is open (hint, skip, again, next, quit);
    /// nil for every other command. A drill is not started beside a lesson or a game, and a
    /// lesson is not started beside a drill; a game started during a drill takes the input
    /// until it ends, and the drill waits.
    mutating func drillCommand(_ command: Command) throws(ShellError) -> ModelReply? {
        let open = drills.play?.current != nil && game == nil
        // An exercise not shown yet is shown first: hint and skip wait until it is on the screen.
        if drills.play?.waiting == true, [.shell(.hint), .shell(.skip)].contains(command) { return ModelReply(drills.again()) }
        switch command {
        case .shell(.drill(let request)):
            if lessons.play != nil, case .start = request { throw .drillAndLesson(drillOpen: false) }
            if game != nil, case .start = request { throw .drillDuringGame }
            return ModelReply(try drills.run(request, model: session.kind))
        case .shell(.hint) where open:
            return ModelReply(drills.hint())
        case .shell(.skip) where open:
            guard let (lines, result) = drills.skip() else { return nil }
            return ModelReply(lines, results: .drill(result))
        case .shell(.again) where open, .shell(.next) where open:
            return ModelReply(drills.again())
        case .shell(.quit) where open:
            return ModelReply(try drills.leave())
        case .shell(.lesson(.start)) where open:
            throw .drillAndLesson(drillOpen: true)
        default:
            return nil
        }
    }
}

extension Interpreter {
    /// The prompt while a drill is open: `[drill 2/5] answer> `, or `[drill 2/5] Enter> ` when
    /// the exercise waits to be shown.
    public var drillPrompt: String? {
        guard game == nil, let play = drills.play, play.current != nil else { return nil }
        return "[drill \(play.index + 1)/\(play.set.exercises.count)] \(play.waiting ? "Enter" : "answer")> "
    }
}
