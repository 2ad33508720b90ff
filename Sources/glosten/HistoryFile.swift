import LineReading
import ShellKit

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

    /// Notes that the history file given at start could not be read (it will not be written).
    func loadFailed() { warn(.historyUnreadable(path)) }

    /// Adds a line and saves at once, so a killed shell loses nothing. A non-empty file that is
    /// not a libedit history (a shell's history, notes, a CSV, a picture) is never replaced: the
    /// lines stay in this session's memory, and one warning says so.
    func append(_ line: String) {
        guard usable else { return }
        unsaved.append(line)
        if unsaved.count > Int(EditLineReader.historySize) {
            unsaved.removeFirst(unsaved.count - Int(EditLineReader.historySize))
        }
        let problem = StateFolder.withLock(on: path) { () -> StateFileWarning? in
            let existing = StateFolder.kind(of: path) == .regular ? path : nil
            guard let bytes = EditLineReader.history(merging: existing, adding: unsaved) else {
                if let existing, !Self.isEmpty(existing) { return .historyUnreadable(path) }
                guard let fresh = EditLineReader.history(merging: nil, adding: unsaved) else {
                    return .historyUnwritable(path, .system(code: EIO))
                }
                return write(fresh)
            }
            return write(bytes)
        }
        if let problem { warn(problem) } else { unsaved.removeAll() }
    }

    private func write(_ bytes: [UInt8]) -> StateFileWarning? {
        do throws(WriteProblem) {
            try AtomicFile.write(to: path, mode: 0o600) { sink throws(WriteProblem) in try sink(bytes) }
            return nil
        } catch {
            return .historyUnwritable(path, error)
        }
    }

    /// Whether the file holds no byte (an empty file is no one's data: it may become the history).
    private static func isEmpty(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_size == 0
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
