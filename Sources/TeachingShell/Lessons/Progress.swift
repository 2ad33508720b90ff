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

    public init(step: Int, total: Int, done: Bool, tries: Int? = nil, hints: Int? = nil, answered: [Int]? = nil) {
        self.step = step
        self.total = total
        self.done = done
        self.tries = tries
        self.hints = hints
        self.answered = answered
    }

    /// The largest progress file read: a few hundred bytes a lesson, for a few hundred lessons.
    static let largestFile = 256 * 1024

    /// Whether the entry is one the player could have written: small numbers, steps within the lesson.
    var isPlausible: Bool {
        (0..<10_000).contains(total) && (0..<max(total, 1)).contains(step) && (tries ?? 0) >= 0 && (hints ?? 0) >= 0
            && (answered ?? []).count <= total && (answered ?? []).allSatisfy { (0..<total).contains($0) }
    }
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

/// Progress in a JSON file, written to a temporary file and renamed so a crash never leaves half a file.
public struct FileProgressStore: ProgressStore {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// $XDG_STATE_HOME/glosten/progress, else ~/.local/state/glosten/progress.
    public static func standard(environment: [String: String]) -> FileProgressStore? {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.local/state" }
        return state.map { FileProgressStore(path: $0 + "/glosten/progress") }
    }

    public func load() -> (progress: [String: LessonProgress], warning: String?) {
        guard FileManager.default.fileExists(atPath: path) else { return ([:], nil) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > LessonProgress.largestFile {
            return ([:], "the lesson progress file \(path) is larger than \(LessonProgress.largestFile / 1024) KB, more than progress ever needs; starting fresh")
        }
        guard let data = FileManager.default.contents(atPath: path),
              let progress = try? JSONDecoder().decode([String: LessonProgress].self, from: data) else {
            return ([:], "the lesson progress file \(path) is unreadable or corrupt; starting fresh")
        }
        return (progress, nil)
    }

    public func save(_ progress: [String: LessonProgress]) -> String? {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".progress-\(getpid())")
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(progress).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                return "could not save lesson progress to \(path); earlier progress is kept"
            }
            return nil
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return "could not save lesson progress to \(path); earlier progress is kept"
        }
    }
}
