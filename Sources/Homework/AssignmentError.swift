/// What is wrong with an assignment file, at which line. Cases carry the context;
/// `message` (HomeworkErrorText.swift) words them.
public struct AssignmentError: Error, Equatable, Sendable {
    public let path: String
    /// The line (from 1); 0 for the file as a whole.
    public let line: Int
    public let problem: AssignmentProblem

    public init(path: String, line: Int, problem: AssignmentProblem) {
        (self.path, self.line, self.problem) = (path, line, problem)
    }
}

/// What an assignment line (or file) cannot be.
public enum AssignmentProblem: Equatable, Sendable {
    /// The first line that is not blank is not `# TITLE`.
    case noTitle
    /// A line whose first word is no directive.
    case unknownDirective(String)
    /// A directive whose words are not what it takes.
    case badValue(String, String)
    /// A directive that may appear once, again.
    case repeated(String)
    /// A required directive that is missing.
    case missing(String)
    case noItems
    case tooManyItems(Int)
    case unknownModel(String, accepted: [String])
    case unknownLesson(String, accepted: [String])
    case unknownDrillKind(String, model: String, accepted: [String])
    case noDrills(model: String)
    /// A verb (`maker`, `insider`) the item's model does not have.
    case notInModel(verb: String, model: String)
    /// A game item this version does not grade (`maker monopoly`).
    case gameNotYet(String)
    /// A game longer than a code holds (an insider day of more auctions).
    case gameTooLong(Int)
    /// `set NAME VALUE` that the shell refuses, with the shell's own words.
    case badSetting(value: String, reason: String)
    /// Not UTF-8, or too long.
    case unreadable(String)
}
