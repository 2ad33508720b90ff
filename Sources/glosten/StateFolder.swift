import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Where glosten keeps what it remembers for the user: the one lookup of `$XDG_STATE_HOME`.
enum StateFolder {
    /// $XDG_STATE_HOME/glosten, else ~/.local/state/glosten; nil when neither is set.
    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let state =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].flatMap { $0.isEmpty ? nil : $0 + "/.local/state" }
        return state.map { $0 + "/glosten" }
    }

    /// The history file: $GLOSTEN_HISTORY, else `history` in the state folder.
    static func historyPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["GLOSTEN_HISTORY"], !explicit.isEmpty { return explicit }
        return path(environment: environment).map { $0 + "/history" }
    }

    /// The lesson progress file: `progress` in the state folder.
    static func progressPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        path(environment: environment).map { $0 + "/progress" }
    }

    /// The drills' progress file (the lesson progress format, one entry per set): `drills` in the state folder.
    static func drillProgressPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        path(environment: environment).map { $0 + "/drills" }
    }

    /// Creates the folder a state file goes in (and its parents), private to the user.
    static func createFolder(of file: String) {
        let folder = AtomicFile.split(file).folder
        try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// What is at `path`: nothing yet, a regular file (read it), or something else (never read:
    /// a FIFO would block start-up, a device never end).
    enum Kind {
        case none, regular, other
    }

    static func kind(of path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else { return errno == ENOENT ? .none : .other }
        return status.st_mode & S_IFMT == S_IFREG ? .regular : .other
    }

    /// Moves a state file that could not be read out of the way, to `FILE.unreadable` (or
    /// `FILE.unreadable-2`, … when that is taken): never over another file. Returns the new name,
    /// or nil when the file could not be moved (it is then left as it is).
    static func moveAside(_ file: String) -> String? {
        for n in 1...100 {
            let aside = file + ".unreadable" + (n == 1 ? "" : "-\(n)")
            // link fails rather than replace a file already there; rename is the fallback for file
            // systems without hard links, after checking that the name is free.
            if link(file, aside) == 0 {
                if unlink(file) == 0 { return aside }
                unlink(aside)
                return nil
            }
            if errno == EEXIST { continue }
            var status = stat()
            guard lstat(aside, &status) != 0, errno == ENOENT else { continue }
            return rename(file, aside) == 0 ? aside : nil
        }
        return nil
    }

    /// Runs `body` holding an exclusive lock on `file`.lock, so that two shells saving the same
    /// file take turns (each reads what the other wrote, then writes). Waits at most about two
    /// seconds for the lock, then goes on without it (the write itself is still whole or nothing).
    static func withLock<T>(on file: String, _ body: () -> T) -> T {
        let descriptor = open(file + ".lock", O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return body() }
        defer { close(descriptor) }
        var locked = false
        for _ in 0..<200 {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                locked = true
                break
            }
            usleep(10_000)
        }
        defer { if locked { flock(descriptor, LOCK_UN) } }
        return body()
    }
}
