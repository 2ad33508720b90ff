import ShellKit

#if canImport(Glibc)
import Glibc
#endif

/// Where a script's lines come from: `-c COMMANDS`, or a file read as it goes (like a pipe).
enum ScriptLines {
    /// `-c 'set mu 0.3; buy; sell'`: commands split at ';' and newlines.
    static func commandLine(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\n") }.map(
            Array.init)
    }

    /// Opens a script file for reading, or says why it cannot be read. A FIFO or a process
    /// substitution (`glosten <(echo quote)`) is read like a pipe.
    static func open(_ path: String) -> Result<Int32, ReadProblem> {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .failure(.noSuchFile)
            case EACCES, EPERM: return .failure(.permissionDenied)
            case EINTR: return .failure(.noWriter)  // only opening a FIFO waits, for a writer
            case let code: return .failure(.system(code: code))
            }
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            return .failure(.isAFolder)
        }
        return .success(descriptor)
    }
}

/// The bytes of a command-line argument as given, before Swift decoded them (invalid UTF-8 in
/// `-c` is then refused by the parser instead of becoming U+FFFD).
enum RawArguments {
    /// The raw argument `text` was decoded from: the argument itself, or the rest of `-cTEXT`.
    static func bytes(of text: String) -> [UInt8] {
        for index in (1..<Int(CommandLine.argc)).reversed() {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let raw = Array(
                UnsafeBufferPointer(
                    start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
            if String(decoding: raw, as: UTF8.self) == text { return raw }
            if raw.starts(with: Array("-c".utf8)), String(decoding: raw.dropFirst(2), as: UTF8.self) == text {
                return Array(raw.dropFirst(2))
            }
        }
        return Array(text.utf8)
    }
}
