/// Why a lesson could not be read, found, or checked. Carries the place; `ErrorText` words it.
public struct LessonError: Error, Equatable, Sendable {
    public let path: String
    /// The line in the file, or nil for the whole file.
    public let line: Int?
    public let problem: Problem

    public enum Problem: Equatable, Sendable {
        case unreadable(Unreadable)
        case unterminatedBlock
        case unknownDirective(String, suggestion: String?)
        case badExpectation(String)
        case badPrediction(String)
        case orphanHint(String)
        /// `# option` without a `# predict choice` before it in the block.
        case orphanOption
        case badOption(String)
        /// A `# predict choice` whose answer is not one of two or more options.
        case choiceWithoutAnswer(String, options: [String])
        case twoPredictions
        /// `# hint` or `# explain` with nothing after it.
        case emptyDirective(String)
        /// A second `# explain` apart from the first (it would replace it); an explanation's lines go one under another.
        case explanationApart
        case noSteps
        /// `lesson check`: a number differs from what the lesson promised.
        case expectationFailed(Expectation, actual: String)
        /// `lesson check`: the author's stated answer to a prediction is not what the model gives.
        case predictionWrong(Quantity, stated: Double, actual: Double, tolerance: Double)
        /// `lesson check`: the author's direction is not the way the model moves.
        case directionWrong(Quantity, stated: Move, actual: Move?)
        /// `lesson check`: an expectation or a prediction names a quantity the market's model does
        /// not declare; `has` is what the model declares.
        case quantityNotInModel(Quantity, model: String, has: [Quantity])
        /// A command in the lesson failed (and no `# expect error` followed it).
        case commandFailed(String, message: String)
        /// The command is not allowed inside a lesson (a lesson is data: it cannot touch files).
        case commandNotAllowed(String)
        /// `lesson check`: a lesson of the course writes a closing `Next: \`lesson NAME\`` line,
        /// which the player writes itself from the course's order (`course` is the lesson after it).
        case nextWrittenInCourse(named: String, course: String?)
        /// `lesson check`: the closing `Next:` line names a lesson that does not exist.
        case nextNotALesson(String)
    }
}

/// Why a lesson file could not be read, before its text was looked at.
public enum Unreadable: Equatable, Sendable {
    /// `stat` or `open` failed (no such file, no permission).
    case cannotRead
    /// A FIFO, a device or a folder: only regular files are opened.
    case notARegularFile
    /// More than `limit` bytes.
    case tooLarge(limit: Int)
    case notUTF8
}

/// Why `lesson NAME` could not start.
public enum LessonLookupError: Error, Equatable, Sendable {
    case badName(String)
    case notFound(String, suggestion: String?)
    case noFolder
}
