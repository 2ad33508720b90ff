import ShellKit

#if canImport(Glibc)
import Glibc
#endif

/// The one way the shell writes a file: exports, `save`, history and lesson progress.
///
/// A regular file is written whole or not at all: into a new temporary file created exclusively
/// (`O_CREAT|O_EXCL|O_NOFOLLOW`) in the target's folder, then renamed over the name; a replaced
/// file keeps its mode and owner, and a write-protected one is refused. A device, a FIFO or an
/// already-open standard stream (`/dev/stdout`) is written through, never renamed over. A
/// symbolic link is never followed: it is refused with a line that names its target.
enum AtomicFile {
    /// Writes the bytes `produce` hands to its sink to `path`. `shouldStop` is asked while waiting
    /// on a FIFO or a slow device; a new file gets `mode` (less the umask).
    static func write(
        to path: String, mode: mode_t = 0o666, shouldStop: @escaping () -> Bool = { false },
        _ produce: ((borrowing [UInt8]) throws(WriteProblem) -> Void) throws(WriteProblem) -> Void
    ) throws(WriteProblem) {
        switch try Target(path) {
        case .stream(let descriptor):
            try writeThrough(descriptor, closing: false, shouldStop: shouldStop, produce)
        case .special:
            try writeThrough(
                try openSpecial(path, shouldStop: shouldStop), closing: true, shouldStop: shouldStop, produce)
        case .regular(let folder, let kept):
            try replace(path, folder: folder, mode: mode, keeping: kept, produce)
        }
    }

    /// What a name refers to, found without following a link except to recognise a standard stream.
    private enum Target {
        /// An already-open standard stream (0, 1 or 2), named through a link such as /dev/stdout.
        case stream(Int32)
        /// A device, FIFO or socket: written through.
        case special
        /// A regular file (or none yet) in `folder`; `kept` is the mode and owner of the file replaced.
        case regular(folder: String, kept: stat?)

        init(_ path: String) throws(WriteProblem) {
            let (folder, name) = AtomicFile.split(path)
            if path.hasSuffix("/") {
                if AtomicFile.isFolder(path) { throw .isAFolder }
                var status = stat()
                throw stat(String(path.dropLast()), &status) == 0 ? .notAFolder(String(path.dropLast())) : .endsInSlash
            }
            if name.utf8.count > Int(NAME_MAX) { throw .nameTooLong(limit: Int(NAME_MAX)) }
            var link = stat()
            guard lstat(path, &link) == 0 else {
                let code = errno
                if code != ENOENT { throw AtomicFile.problem(code, path: path) }
                try AtomicFile.checkFolder(folder)
                self = .regular(folder: folder, kept: nil)
                return
            }
            switch link.st_mode & S_IFMT {
            case S_IFLNK:
                var target = stat()
                if stat(path, &target) == 0 {
                    if let stream = AtomicFile.standardStream(matching: target) {
                        self = .stream(stream)
                        return
                    }
                    if AtomicFile.isSpecial(target) {
                        self = .special
                        return
                    }
                }
                throw .symbolicLink(target: AtomicFile.linkTarget(path))
            case S_IFDIR:
                throw .isAFolder
            case S_IFREG:
                // Refused when the user could not write it, or nobody may (a 0444 file, even for root).
                if access(path, W_OK) != 0 || link.st_mode & 0o222 == 0 { throw .readOnly }
                try AtomicFile.checkFolder(folder)
                self = .regular(folder: folder, kept: link)
            default:
                self = .special
            }
        }
    }

    /// The folder a name is in ("." for a bare name) and its last part.
    static func split(_ path: String) -> (folder: String, name: String) {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", trimmed) }
        let folder = String(trimmed[..<slash])
        return (folder.isEmpty ? "/" : folder, String(trimmed[trimmed.index(after: slash)...]))
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    private static func isSpecial(_ status: stat) -> Bool {
        [S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK].contains(status.st_mode & S_IFMT)
    }

    /// The standard stream that is this very file, if any.
    private static func standardStream(matching target: stat) -> Int32? {
        (0...2).first { descriptor in
            var open = stat()
            return fstat(descriptor, &open) == 0 && open.st_dev == target.st_dev && open.st_ino == target.st_ino
        }
    }

    private static func linkTarget(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, Int(PATH_MAX))
        return n > 0 ? String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
    }

    /// Checks that new files can be made in `folder`.
    private static func checkFolder(_ folder: String) throws(WriteProblem) {
        var status = stat()
        guard stat(folder, &status) == 0 else { throw problem(errno, path: folder + "/x") }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(folder) }
        guard access(folder, W_OK | X_OK) == 0 else { throw .folderNotWritable(folder) }
    }

    /// A system error number as a problem with `path`.
    static func problem(_ code: Int32, path: String, device: Bool = false) -> WriteProblem {
        switch code {
        case ENOENT: return .noFolder(split(path).folder)
        case ENOTDIR: return .notAFolder(firstFile(in: path))
        case ENAMETOOLONG: return .nameTooLong(limit: Int(NAME_MAX))
        case EISDIR: return .isAFolder
        case ENOSPC, EDQUOT, EFBIG: return .full(device: device)
        case EACCES, EPERM, EROFS: return .folderNotWritable(split(path).folder)
        case ELOOP: return .symbolicLink(target: linkTarget(path))
        default: return .system(code: code)
        }
    }

    /// The first part of `path` that exists and is not a folder (for `file/x`).
    private static func firstFile(in path: String) -> String {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix = prefix == "." ? String(part) : prefix + "/" + part
            var status = stat()
            if stat(prefix, &status) == 0, status.st_mode & S_IFMT != S_IFDIR { return prefix }
        }
        return split(path).folder
    }

    /// Writes into a new temporary file beside `path`, then renames it over `path`.
    private static func replace(
        _ path: String, folder: String, mode: mode_t, keeping kept: stat?,
        _ produce: ((borrowing [UInt8]) throws(WriteProblem) -> Void) throws(WriteProblem) -> Void
    ) throws(WriteProblem) {
        let (descriptor, temporary) = try createTemporary(in: folder, mode: kept.map { $0.st_mode & 0o7777 } ?? mode)
        var open = true
        do throws(WriteProblem) {
            try produce { bytes throws(WriteProblem) in
                try bytes.withUnsafeBufferPointer { buffer throws(WriteProblem) in
                    if let code = StandardStream.writeAll(buffer, to: descriptor, shouldStop: { false }) {
                        throw problem(code, path: path)
                    }
                }
            }
            if let kept {
                _ = fchown(descriptor, kept.st_uid, kept.st_gid)
                _ = fchmod(descriptor, kept.st_mode & 0o7777)
            }
            if fsync(descriptor) != 0, errno != EINVAL { throw problem(errno, path: path) }
            open = false
            guard close(descriptor) == 0 else { throw problem(errno, path: path) }
            guard rename(temporary, path) == 0 else { throw problem(errno, path: path) }
        } catch {
            if open { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    /// A new file `.glosten-XXXXXXXXXXXX.tmp` in `folder`, created exclusively, never through a link.
    private static func createTemporary(in folder: String, mode: mode_t) throws(WriteProblem) -> (Int32, String) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<16 {
            let name = folder + "/.glosten-" + String(generator.next() & 0xFFFF_FFFF_FFFF, radix: 16) + ".tmp"
            let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 { return (descriptor, name) }
            if errno != EEXIST { throw problem(errno, path: folder + "/x") }
        }
        throw .system(code: EEXIST)
    }

    /// Opens a device or FIFO for writing without blocking: a FIFO nobody reads yet is waited
    /// for, asking `shouldStop` every 50 ms.
    private static func openSpecial(_ path: String, shouldStop: () -> Bool) throws(WriteProblem) -> Int32 {
        while true {
            let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
            if descriptor >= 0 { return descriptor }
            let code = errno
            guard code == ENXIO || code == EINTR else { throw problem(code, path: path, device: true) }
            if shouldStop() { throw .noReader }
            usleep(50_000)
        }
    }

    /// Writes straight into a device, FIFO or standard stream. SIGPIPE is held back meanwhile, so
    /// a reader that goes away is an error line rather than the end of the shell.
    private static func writeThrough(
        _ descriptor: Int32, closing: Bool, shouldStop: @escaping () -> Bool,
        _ produce: ((borrowing [UInt8]) throws(WriteProblem) -> Void) throws(WriteProblem) -> Void
    ) throws(WriteProblem) {
        var pipeSignal = sigset_t()
        var previous = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        var sent = 0
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 {
                var zero = timespec()
                _ = sigtimedwait(&pipeSignal, nil, &zero)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
            if closing { close(descriptor) }
        }
        do {
            try produce { bytes throws(WriteProblem) in
                try bytes.withUnsafeBufferPointer { buffer throws(WriteProblem) in
                    if let code = StandardStream.writeAll(buffer, to: descriptor, shouldStop: shouldStop) {
                        if code == EPIPE { throw .readerGone(partly: sent > 0) }
                        if code == EINTR { throw .interrupted(partly: sent > 0) }
                        throw problem(code, path: "", device: true)
                    }
                    sent += buffer.count
                }
            }
        } catch .interrupted {
            throw .interrupted(partly: sent > 0)
        }
    }
}

/// The executable's `FileWriter`: files made by `AtomicFile`, long waits stopped by a signal.
struct FileSystemWriter: FileWriter {
    func write(
        to path: String, _ produce: ((borrowing [UInt8]) throws(WriteProblem) -> Void) throws(WriteProblem) -> Void
    ) throws(WriteProblem) {
        try AtomicFile.write(to: path, shouldStop: { Interruption.isRequested }, produce)
    }

    /// The whole file, read as a script is opened (`ScriptLines.open` says why it cannot be).
    func read(from path: String, limit: Int) throws(ReadProblem) -> [UInt8] {
        let descriptor: Int32
        switch ScriptLines.open(path) {
        case .success(let d): descriptor = d
        case .failure(let problem): throw problem
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { if Interruption.isRequested { throw .interrupted } else { continue } }
                throw .system(code: errno)
            }
            if n == 0 { return bytes }
            bytes += buffer[0..<n]
            if bytes.count > limit { throw .tooLarge(limit: limit) }
        }
    }

    /// A relative path joined to the current folder; an absolute one as it is.
    func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/"), let folder = getcwd(nil, 0) else { return path }
        defer { free(folder) }
        let here = String(cString: folder)
        return (here == "/" ? "" : here) + "/" + path
    }
}
