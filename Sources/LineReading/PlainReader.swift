#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor (a pipe, a file, a test), with no prompt and no editing.
///
/// Lines are split at `\n` (a trailing `\r` is dropped). A line longer than `keep` bytes is cut
/// to `keep + 1` bytes, enough for the shell to see that it is too long without holding it all.
/// While it waits for input, and between chunks of an endless line (`/dev/zero`), it asks
/// `shouldStop` at least four times a second; when that says yes, the read ends with `.interrupt`.
public struct PlainReader: LineReader {
    private let descriptor: Int32
    private let keep: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private let shouldStop: () -> Bool

    public init(descriptor: Int32 = 0, keep: Int = 1 << 16, shouldStop: @escaping () -> Bool = { false }) {
        self.descriptor = descriptor
        self.keep = keep
        self.shouldStop = shouldStop
    }

    public mutating func read(prompt: String) -> LineEvent {
        var line: [UInt8] = []
        var length = 0
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                take(buffer[start..<newline], into: &line, length: &length)
                start = newline + 1
                return .line(trimmed(line))
            }
            take(buffer[start...], into: &line, length: &length)
            buffer.removeAll(keepingCapacity: true)
            start = 0
            if atEnd { return .end }
            switch fill() {
            case .more: continue
            case .stopped: return .interrupt
            case .end:
                atEnd = true
                return length > 0 ? .line(trimmed(line)) : .end
            }
        }
    }

    private func take(_ bytes: ArraySlice<UInt8>, into line: inout [UInt8], length: inout Int) {
        let room = keep + 1 - line.count
        if room > 0 { line.append(contentsOf: bytes.prefix(room)) }
        length += bytes.count
    }

    private func trimmed(_ line: [UInt8]) -> [UInt8] {
        line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : line
    }

    private enum Fill {
        case more, end, stopped
    }

    /// Reads more bytes, waiting at most 250 ms at a time so that `shouldStop` is asked while
    /// nothing comes; `.end` at the end of input or on an error other than an interrupted call.
    private mutating func fill() -> Fill {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if shouldStop() { return .stopped }
            var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            // Nothing yet (0), or a signal came (−1, EINTR): ask `shouldStop` again before reading.
            if poll(&waiting, 1, 250) <= 0 { continue }
            let n = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer.append(contentsOf: chunk[..<n])
                return .more
            }
            if n < 0, errno == EINTR || errno == EAGAIN { continue }
            return .end
        }
    }
}
