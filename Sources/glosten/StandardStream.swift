#if canImport(Glibc)
import Glibc
#endif

/// Writes to standard output and standard error. A write that fails (a full disk, a terminal
/// that went away, a closed pipe when SIGPIPE is ignored) ends the shell quietly: history and
/// progress are saved as each line is entered, so nothing is lost, and nothing can crash.
enum StandardStream {
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            if writeAll(bytes, to: descriptor) != nil { leave() }
        }
    }

    /// Writes every byte, through interrupted calls and a descriptor that is not taking data yet
    /// (non-blocking, a FIFO's reader slow); the error number when the descriptor refuses them,
    /// or EINTR when `shouldStop` said so while waiting.
    static func writeAll(
        _ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, shouldStop: () -> Bool = { false }
    ) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if n > 0 {
                offset += n
                continue
            }
            let code = n < 0 ? errno : EIO
            guard code == EINTR || code == EAGAIN else { return code }
            if shouldStop() { return EINTR }
            var waiting = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            _ = poll(&waiting, 1, 100)
        }
        return nil
    }

    /// Ends the shell after a failed write: 128 + the signal when one asked it to leave, else 1.
    static func leave() -> Never {
        exit(Interruption.terminationSignal.map { 128 + $0 } ?? 1)
    }
}
