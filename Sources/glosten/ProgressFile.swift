import Foundation
import Synchronization
import TeachingShell

/// Lesson progress in a JSON file (one entry per lesson), saved under a lock and merged with what
/// other shells saved meanwhile.
///
/// The merge is three-way and knows nothing of what an entry holds: a lesson this shell changed
/// since it last read or wrote the file takes this shell's entry; every other lesson keeps the
/// file's. So two shells playing different lessons both keep their progress.
final class ProgressFile: ProgressStore {
    let path: String
    /// The entries as this shell last read or wrote them: what "changed here" is measured from.
    private let base = Mutex<[String: LessonProgress]>([:])

    init(path: String) {
        self.path = path
    }

    /// The progress file in the state folder, or nil when there is no state folder.
    static func standard() -> ProgressFile? {
        StateFolder.progressPath().map(ProgressFile.init)
    }

    func load() -> (progress: [String: LessonProgress], warning: StateFileWarning?) {
        switch read() {
        case .success(let progress):
            base.withLock { $0 = progress }
            return (progress, nil)
        case .failure(let warning):
            return ([:], warning)
        }
    }

    func save(_ progress: [String: LessonProgress]) -> StateFileWarning? {
        StateFolder.createFolder(of: path)
        return StateFolder.withLock(on: path) { () -> StateFileWarning? in
            let theirs: [String: LessonProgress]
            switch read() {
            case .success(let saved): theirs = saved
            case .failure(.progressNotAFile(let path)): return .progressNotAFile(path)
            case .failure: theirs = [:]  // a corrupt file was reported at start; it is replaced
            }
            let merged = base.withLock { Self.merge(base: $0, mine: progress, theirs: theirs) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            guard let bytes = try? Array(encoder.encode(merged)) else {
                return .progressUnwritable(path, .system(code: EINVAL))
            }
            do throws(WriteProblem) {
                try AtomicFile.write(to: path, mode: 0o600) { sink throws(WriteProblem) in try sink(bytes) }
            } catch {
                return .progressUnwritable(path, error)
            }
            base.withLock { $0 = merged }
            return nil
        }
    }

    /// Entries `mine` changed from `base` (added, changed or removed) win; the rest are `theirs`.
    static func merge<Value: Equatable>(
        base: [String: Value], mine: [String: Value], theirs: [String: Value]
    ) -> [String: Value] {
        var merged = theirs
        for key in Set(base.keys).union(mine.keys) where base[key] != mine[key] {
            merged[key] = mine[key]
        }
        return merged
    }

    /// The file's entries: none when it does not exist yet.
    private func read() -> Result<[String: LessonProgress], StateFileWarning> {
        switch StateFolder.kind(of: path) {
        case .none: return .success([:])
        case .other: return .failure(.progressNotAFile(path))
        case .regular:
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
                size > LessonProgress.largestFile
            {
                return .failure(.progressTooLarge(path, limit: LessonProgress.largestFile))
            }
            guard let data = FileManager.default.contents(atPath: path),
                let progress = try? JSONDecoder().decode([String: LessonProgress].self, from: data)
            else {
                return .failure(.progressUnreadable(path))
            }
            return .success(progress)
        }
    }
}
