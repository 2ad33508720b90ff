import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Lines another thread has to show while the shell may be reading a line (the hosted class's
/// joins and orders): printed above the prompt, and the line being typed drawn again below them.
///
/// While `EditLineReader` waits for a key, `TypedCharacters` waits on the terminal and on this
/// queue's wake-up pipe at once; lines posted then are printed from the reading thread, between
/// two keys, and the reader redraws the prompt with what was typed so far. Lines posted while no
/// line is being read are printed at once.
public enum Notices {
    private struct State {
        var reading = false
        var waiting: [String] = []
    }

    private static let state = Mutex(State())
    /// The wake-up pipe: [read end, write end], made the first time a line is posted.
    nonisolated(unsafe) private static var pipeEnds: [Int32] = {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        }
        return ends
    }()

    /// Shows `text` (whole lines, already rendered) above the prompt, or at once when no line is read.
    public static func post(_ text: String) {
        let now = state.withLock { state -> Bool in
            if state.reading {
                state.waiting.append(text)
                return false
            }
            return true
        }
        if now {
            write(text)
            return
        }
        var byte: UInt8 = 1
        _ = Glibc.write(pipeEnds[1], &byte, 1)
    }

    static func beginReading() { state.withLock { $0.reading = true } }

    /// Reading is over: what was posted meanwhile is printed now.
    static func endReading() {
        let left = state.withLock { state -> [String] in
            state.reading = false
            defer { state.waiting = [] }
            return state.waiting
        }
        for text in left { write(text) }
    }

    /// What waiting for a key ended with.
    enum Wait {
        case typed
        /// Lines were printed above the prompt: the line must be drawn again.
        case shown
        /// The wait failed (errno set: EINTR for Ctrl-C).
        case failed
    }

    /// Waits until the terminal has a byte to read, or lines are posted (printed here, from the
    /// reading thread, on a cleared line).
    static func awaitKey() -> Wait {
        var fds = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: pipeEnds[0], events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = poll(&fds, pipeEnds[0] >= 0 ? 2 : 1, -1)
            if ready < 0 { return .failed }
            if fds[1].revents != 0 {
                var drain = [UInt8](repeating: 0, count: 64)
                while Glibc.read(pipeEnds[0], &drain, drain.count) > 0 {}
                let texts = state.withLock { state -> [String] in
                    defer { state.waiting = [] }
                    return state.waiting
                }
                if !texts.isEmpty {
                    // Back to the prompt's column 0, the line cleared: the notices take its place.
                    write("\r\u{1B}[K" + texts.joined())
                    return .shown
                }
            }
            if fds[0].revents != 0 { return .typed }
        }
    }

    private static func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { return }
            offset += n
        }
    }
}
