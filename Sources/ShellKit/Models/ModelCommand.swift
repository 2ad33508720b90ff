/// What a model's command needs from the shell around it.
package struct ModelContext {
    package var detail: Detail
    package var display: Display
    package var shouldStop: @Sendable () -> Bool
    package var reportProgress: @Sendable (LongWork, Int, Int) -> Void
    package var files: any FileWriter

    package init(
        detail: Detail, display: Display, shouldStop: @escaping @Sendable () -> Bool = { false },
        reportProgress: @escaping @Sendable (LongWork, Int, Int) -> Void = { _, _, _ in },
        files: any FileWriter = NoFiles()
    ) {
        (self.detail, self.display, self.shouldStop) = (detail, display, shouldStop)
        (self.reportProgress, self.files) = (reportProgress, files)
    }
}

/// What a model's command produced: lines, the order it applied (for the record), a study's
/// figures, and what `save` must replay instead of the typed line (`run` records its count).
package struct ModelReply {
    package var lines: [Line]
    package var step: (any ModelStep)?
    package var results: StudyResults?
    /// nil: the typed line, when the command changes the market (`Command.isJournaled`).
    package var journal: [String]?
    /// A game the command started (`insider`): the interpreter plays it from the next line.
    package var game: (any ShellGame)?

    package init(_ lines: [Line], step: (any ModelStep)? = nil, results: StudyResults? = nil, journal: [String]? = nil) {
        self.lines = lines
        self.step = step
        self.results = results
        self.journal = journal
    }
}
