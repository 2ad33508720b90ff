import Foundation

/// How far a learner got in one lesson.
public struct LessonProgress: Codable, Equatable, Sendable {
    /// The index of the last step shown.
    public var step: Int
    public var total: Int
    /// Finished once; stays true when the lesson is played again.
    public var done: Bool
    /// Wrong answers and hints shown so far at the step's open question (nil when none).
    public var tries: Int?
    public var hints: Int?
    /// The steps whose question was answered or revealed, so going back does not ask again.
    public var answered: [Int]?
    /// How each settled question went in this play of the lesson, by step (`restart` clears it).
    public var outcomes: [Int: QuestionOutcome]?
    /// The score of the last play that reached the end of the lesson (nil for none, or no questions).
    public var score: LessonScore?
    /// When the entry was last saved (seconds since 1970; nil in files of earlier versions): a
    /// progress file that would grow past `largestFile` drops its oldest finished entries first.
    public var saved: Int?

    /// The largest progress file read: a few hundred bytes a lesson, for a few hundred lessons.
    public static let largestFile = 256 * 1024

    /// Whether the entry is one the player could have written: small numbers, steps within the lesson.
    var isPlausible: Bool {
        (0..<10_000).contains(total) && (0..<max(total, 1)).contains(step) && (tries ?? 0) >= 0 && (hints ?? 0) >= 0
            && (answered ?? []).count <= total && (answered ?? []).allSatisfy { (0..<total).contains($0) }
            && (outcomes ?? [:]).keys.allSatisfy { (0..<total).contains($0) }
            && score.map {
                [$0.firstTry, $0.later, $0.revealed, $0.peeked ?? 0].allSatisfy { $0 >= 0 } && $0.questions <= total
                    && $0.right + $0.revealed <= $0.questions
            } ?? true
    }
}

/// Where lesson progress is kept between sessions.
public protocol ProgressStore: Sendable {
    /// The saved progress, and a warning when the store was unreadable (then it starts fresh).
    func load() -> (progress: [String: LessonProgress], warning: StateFileWarning?)
    /// Saves all progress, merged with what other shells saved meanwhile. Returns the entries the
    /// store now holds, which the caller adopts (so that its next save keeps another shell's
    /// entries), and a warning when the save failed (what was saved before survives).
    func save(_ progress: [String: LessonProgress]) -> (progress: [String: LessonProgress], warning: StateFileWarning?)
}

/// Progress kept in memory only (tests, `lesson check`, `--play`).
public final class MemoryProgressStore: ProgressStore, @unchecked Sendable {
    private var saved: [String: LessonProgress] = [:]
    public init() {}
    public func load() -> (progress: [String: LessonProgress], warning: StateFileWarning?) { (saved, nil) }
    public func save(
        _ progress: [String: LessonProgress]
    ) -> (progress: [String: LessonProgress], warning: StateFileWarning?) {
        saved = progress
        return (progress, nil)
    }
}
