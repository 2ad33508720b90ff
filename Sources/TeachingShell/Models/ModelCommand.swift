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
    var step: ModelStep?
    var results: StudyResults?
    /// nil: the typed line, when the command changes the market (`Command.isJournaled`).
    var journal: [String]?

    init(_ lines: [Line], step: ModelStep? = nil, results: StudyResults? = nil, journal: [String]? = nil) {
        self.lines = lines
        self.step = step
        self.results = results
        self.journal = journal
    }
}

extension ModelSession {
    /// Runs one of the market's commands (every verb but the shell's own) under this model.
    mutating func execute(_ command: Command, context: ModelContext) throws(ShellError) -> ModelReply {
        switch self {
        case .binary:
            // `withBinary` and `withNormal` return nil only for another model's case, which `self` is not here.
            return try withBinary { (s: inout Session) throws(ShellError) in try s.execute(command, context: context) }!
        case .normal:
            return try withNormal { (s: inout NormalSession) throws(ShellError) in
                try s.execute(command, context: context)
            }!
        }
    }
}
