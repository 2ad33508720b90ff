import LineReading
import TeachingShell

#if canImport(Glibc)
import Glibc
#endif

/// The history file, saved after every line under a lock and merged with what other shells
/// saved meanwhile: each shell's lines are added to the file as it stands, never over it.
final class HistoryFile {
    let path: String
    /// Whether the file may be read and written (false for a FIFO, a device, …).
    private let usable: Bool
    /// Lines entered and not yet in the file (kept for the next try when a save fails).
    private var unsaved: [String] = []
    private var warned = false
    private var pendingWarning: StateFileWarning?

    init(path: String) {
        self.path = path
        StateFolder.createFolder(of: path)
        usable = StateFolder.kind(of: path) != .other
        if !usable { warn(.historyNotAFile(path)) }
    }

    /// The file to load at start, when there is one to load.
    var loadable: String? { usable && StateFolder.kind(of: path) == .regular ? path : nil }

    /// Notes that the history file given at start could not be read.
    func loadFailed() { warn(.historyUnreadable(path)) }

    /// Adds a line and saves at once, so a killed shell loses nothing.
    func append(_ line: String) {
        guard usable else { return }
        unsaved.append(line)
        if unsaved.count > Int(EditLineReader.historySize) {
            unsaved.removeFirst(unsaved.count - Int(EditLineReader.historySize))
        }
        let problem = StateFolder.withLock(on: path) { () -> WriteProblem? in
            let existing = StateFolder.kind(of: path) == .regular ? path : nil
            // A file that is not a libedit history is not merged into (nor lost): it is replaced
            // only once it has been reported unreadable at start.
            guard
                let bytes = EditLineReader.history(merging: existing, adding: unsaved)
                    ?? EditLineReader.history(merging: nil, adding: unsaved)
            else { return .system(code: EIO) }
            do throws(WriteProblem) {
                try AtomicFile.write(to: path, mode: 0o600) { sink throws(WriteProblem) in try sink(bytes) }
                return nil
            } catch {
                return error
            }
        }
        if let problem { warn(.historyUnwritable(path, problem)) } else { unsaved.removeAll() }
    }

    private func warn(_ warning: StateFileWarning) {
        guard !warned else { return }
        warned = true
        pendingWarning = warning
    }

    /// The history problem to report, once; nil when there is none or it was already taken.
    func takeWarning() -> String? {
        defer { pendingWarning = nil }
        return pendingWarning?.message
    }
}
