import Foundation

/// How far a learner got in one lesson.
public struct LessonProgress: Codable, Equatable, Sendable {
    /// The index of the last step shown.
    public var step: Int
    public var total: Int
    public var done: Bool
}

/// Where lesson progress is kept between sessions.
public protocol ProgressStore: Sendable {
    /// The saved progress, and a warning when the store was unreadable (then it starts fresh).
    func load() -> (progress: [String: LessonProgress], warning: String?)
    /// Saves all progress; returns a warning when that failed (what was saved before survives).
    func save(_ progress: [String: LessonProgress]) -> String?
}

/// Progress kept in memory only (tests, `lesson check`, `--play`).
public final class MemoryProgressStore: ProgressStore, @unchecked Sendable {
    private var saved: [String: LessonProgress] = [:]
    public init() {}
    public func load() -> (progress: [String: LessonProgress], warning: String?) { (saved, nil) }
    public func save(_ progress: [String: LessonProgress]) -> String? {
        saved = progress
        return nil
    }
}
