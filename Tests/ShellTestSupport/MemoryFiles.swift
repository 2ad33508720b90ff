import Synchronization
import ShellKit

/// A `FileWriter` that keeps each file's bytes in memory, for reading back in a test: what `export`
/// and `save` write, and what `load` reads. The one in-memory file system of the shell tests.
public final class MemoryFiles: FileWriter {
    private let files = Mutex<[String: [UInt8]]>([:])

    public init() {}

    public func write(
        to path: String, _ produce: ((borrowing [UInt8]) throws(WriteProblem) -> Void) throws(WriteProblem) -> Void
    ) throws(WriteProblem) {
        var bytes: [UInt8] = []
        try produce { chunk in bytes.append(contentsOf: chunk) }
        files.withLock { $0[path] = bytes }
    }

    /// A file's bytes as `load` reads them; no such file when none was written or put.
    public func read(from path: String, limit: Int) throws(ReadProblem) -> [UInt8] {
        guard let bytes = files.withLock({ $0[path] }) else { throw .noSuchFile }
        guard bytes.count <= limit else { throw .tooLarge(limit: limit) }
        return bytes
    }

    /// Puts a file there, as if the user had made it.
    public func put(_ path: String, _ text: String) { files.withLock { $0[path] = Array(text.utf8) } }

    /// The text written to `path`, or nil when nothing was.
    public func text(_ path: String) -> String? {
        files.withLock { $0[path] }.map { String(decoding: $0, as: UTF8.self) }
    }
}
