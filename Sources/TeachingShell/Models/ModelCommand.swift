/// What a model's command needs from the shell around it.
struct ModelContext {
    var detail: Detail
    var display: Display
    var shouldStop: @Sendable () -> Bool
    var reportProgress: @Sendable (LongWork, Int, Int) -> Void
    var files: any FileWriter
}

/// What a model's command produced: lines, the order it applied (for the record), a study's
/// figures, and what `save` must replay instead of the typed line (`run` records its count).
struct ModelReply {
    var lines: [Line]
    var step: (any ModelStep)?
    var results: StudyResults?
    /// nil: the typed line, when the command changes the market (`Command.isJournaled`).
    var journal: [String]?
    /// A game the command started (`insider`): the interpreter plays it from the next line.
    var game: (any ShellGame)?

    init(_ lines: [Line], step: (any ModelStep)? = nil, results: StudyResults? = nil, journal: [String]? = nil) {
        self.lines = lines
        self.step = step
        self.results = results
        self.journal = journal
    }
}
