import Foundation
import Synchronization
import ShellKit

#if canImport(Glibc)
import Glibc
#endif

/// Lesson or drill progress in a JSON file (one entry per lesson or drill set), saved under a
/// lock and merged with what other shells saved meanwhile.
///
/// The merge is three-way and knows nothing of what an entry holds: an entry this shell changed
/// since it last read or wrote the file takes this shell's value; every other entry keeps the
/// file's, and the shell adopts the result. So two or three shells playing at once all keep
/// their progress. What is written stays under `LessonProgress.largestFile` (the oldest finished
/// entries go first), and a file that cannot be read is moved aside, never written over.
final class ProgressFile: ProgressStore {
    let path: String
    let kind: ProgressFileKind
    private struct State {
        /// The entries as this shell last read or wrote them: what "changed here" is measured from.
        var base: [String: LessonProgress] = [:]
        /// A file that could not be read and could not be moved aside: never written.
        var frozen = false
    }
    private let state = Mutex(State())

    init(path: String, kind: ProgressFileKind) {
        self.path = path
        self.kind = kind
    }

    /// The lesson progress file in the state folder, or nil when there is no state folder.
    static func lessons() -> ProgressFile? {
        StateFolder.progressPath().map { ProgressFile(path: $0, kind: .lessons) }
    }

    /// The drill progress file in the state folder, or nil when there is no state folder.
    static func drills() -> ProgressFile? {
        StateFolder.drillProgressPath().map { ProgressFile(path: $0, kind: .drills) }
    }

    func load() -> (progress: [String: LessonProgress], warning: StateFileWarning?) {
        StateFolder.withLock(on: path) {
            switch read() {
            case .success(let progress):
                state.withLock { $0.base = progress }
                return (progress, nil)
            case .failure(let problem):
                return ([:], setAside(problem))
            }
        }
    }

    func save(
        _ progress: [String: LessonProgress]
    ) -> (progress: [String: LessonProgress], warning: StateFileWarning?) {
        guard !state.withLock({ $0.frozen }) else { return (progress, nil) }  // warned at start
        StateFolder.createFolder(of: path)
        return StateFolder.withLock(on: path) { () -> ([String: LessonProgress], StateFileWarning?) in
            var warning: StateFileWarning?
            var theirs: [String: LessonProgress] = [:]
            switch read() {
            case .success(let saved): theirs = saved
            case .failure(.notAFile): return (progress, .progressNotAFile(kind, path))
            case .failure(let problem):
                // Another program wrote something unreadable meanwhile: it is moved aside too.
                warning = setAside(problem)
                if state.withLock({ $0.frozen }) { return (progress, warning) }
            }
            let now = Int(Date().timeIntervalSince1970)
            var merged = state.withLock { Self.merge(base: $0.base, mine: progress, theirs: theirs, now: now) }
            let bytes: [UInt8]
            do { bytes = try Self.encodedWithin(LessonProgress.largestFile, &merged) } catch {
                return (progress, .progressUnwritable(kind, path, .system(code: EINVAL)))
            }
            do throws(WriteProblem) {
                try AtomicFile.write(to: path, mode: 0o600) { sink throws(WriteProblem) in try sink(bytes) }
            } catch {
                return (progress, .progressUnwritable(kind, path, error))
            }
            state.withLock { $0.base = merged }
            return (merged, warning)
        }
    }

    /// Entries `mine` changed from `base` (added or changed, stamped `now`) win; the rest are
    /// `theirs`. An entry missing from `mine` is not a removal: the players never remove one, so
    /// it is one this shell has not adopted yet, or one dropped to keep the file small.
    static func merge(
        base: [String: LessonProgress], mine: [String: LessonProgress], theirs: [String: LessonProgress], now: Int
    ) -> [String: LessonProgress] {
        var merged = theirs
        for (key, value) in mine where base[key] != value {
            var stamped = value
            stamped.saved = now
            merged[key] = stamped
        }
        return merged
    }

    /// The entries as JSON of at most `limit` bytes: while larger, the oldest finished entries
    /// are dropped first (then the oldest unfinished), from `progress` too.
    static func encodedWithin(_ limit: Int, _ progress: inout [String: LessonProgress]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        var bytes = try Array(encoder.encode(progress))
        guard bytes.count > limit else { return bytes }
        // Finished before unfinished, then oldest first (entries of earlier versions count as oldest).
        var oldestFirst = progress.sorted {
            ($0.value.done ? 0 : 1, $0.value.saved ?? 0, $0.key) < ($1.value.done ? 0 : 1, $1.value.saved ?? 0, $1.key)
        }.map(\.key)[...]
        while bytes.count > limit, !oldestFirst.isEmpty {
            // Drop about as many entries as the excess holds at the average size, at least one.
            let average = max(1, bytes.count / max(progress.count, 1))
            let drop = min(oldestFirst.count, (bytes.count - limit) / average + 1)
            for key in oldestFirst.prefix(drop) { progress[key] = nil }
            oldestFirst = oldestFirst.dropFirst(drop)
            bytes = try Array(encoder.encode(progress))
        }
        return bytes
    }

    /// Why a progress file could not be read.
    enum ReadFailure: Error {
        case notAFile, tooLarge, unreadable
    }

    /// The file's entries: none when it does not exist yet.
    private func read() -> Result<[String: LessonProgress], ReadFailure> {
        switch StateFolder.kind(of: path) {
        case .none: return .success([:])
        case .other: return .failure(.notAFile)
        case .regular:
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
                size > LessonProgress.largestFile
            {
                return .failure(.tooLarge)
            }
            guard let data = FileManager.default.contents(atPath: path),
                let progress = try? JSONDecoder().decode([String: LessonProgress].self, from: data)
            else {
                return .failure(.unreadable)
            }
            return .success(progress)
        }
    }

    /// Moves an unreadable file aside (to `progress.unreadable`, `progress.unreadable-2`, …) so
    /// that nothing of it is lost, and says where; one that cannot be moved freezes the file.
    private func setAside(_ problem: ReadFailure) -> StateFileWarning {
        if case .notAFile = problem {
            state.withLock { $0.frozen = true }
            return .progressNotAFile(kind, path)
        }
        let movedTo = StateFolder.moveAside(path)
        state.withLock {
            $0.base = [:]
            if movedTo == nil { $0.frozen = true }
        }
        if case .tooLarge = problem {
            return .progressTooLarge(kind, path, limit: LessonProgress.largestFile, movedTo: movedTo)
        }
        return .progressUnreadable(kind, path, movedTo: movedTo)
    }
}
