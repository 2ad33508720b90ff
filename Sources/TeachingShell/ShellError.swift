import MarketModel

/// Everything that can go wrong with one line. Cases carry the context; `ErrorText` words them.
public enum ShellError: Error, Equatable, Sendable {
    case lineTooLong(limit: Int)
    case nulByte(column: Int)
    case invalidUTF8(column: Int)
    case controlCharacter(scalar: UInt32, column: Int)
    case unknownVerb(String, suggestion: String?)
    case missingArgument(verb: String, usage: String)
    case extraArguments(verb: String, usage: String, extra: [String])
    case badCount(verb: String, text: String, accepted: ClosedRange<Int>)
    case unknownParameter(String, suggestion: String?)
    case badChoice(verb: String, text: String, choices: [String])
    case notANumber(name: String, text: String, accepts: String)
    case badTruth(String)
    case badSeed(String)
    case unknownTopic(String, suggestion: String?)
    case parameter(ParameterError)
    case market(MarketError)
    case lesson(LessonError)
    case lessonLookup(LessonLookupError)
    /// `next`, `back`, `skip` or `restart` with no lesson playing.
    case noLessonPlaying(String)
    case firstStep
    case nothingToSkip
    /// `hint` in a lesson with no question open.
    case noQuestion
    /// At an open question, a line that is neither an answer nor a command.
    case notAnAnswer(String, accepts: String)
    /// A lesson-only or shell-leaving command inside a lesson's block.
    case notAllowedInLesson(String)
    /// A file could not be written (export, save).
    case cannotWrite(String, reason: String)
    /// `compare` was given something it cannot use.
    case badComparison(String)
    /// `simulate` was given something it cannot use.
    case badSimulation(String)
    /// Long work (`compare`) was interrupted before it finished; nothing changed.
    case interrupted(done: Int, of: Int)
    /// A run stopped because nature produced an order the market maker's belief rules out.
    case runStopped(at: Int, MarketError)
}
