#if canImport(Glibc)
import Glibc
#endif

/// Single keys from the terminal, for the pager and the presentation: the terminal is put in
/// non-canonical, no-echo mode for one key and restored at once (the line editor owns it otherwise).
enum Keyboard {
    enum Key: Equatable {
        case forward, back, stop, other
    }

    /// Waits for one key: Space, Enter, n, j, → or Page Down go forward; b, k, ←, Page Up or
    /// Backspace go back; q, Esc, Ctrl-C, Ctrl-D or the end of input stop. `ask` draws what
    /// the key answers, once the terminal no longer echoes.
    static func read(descriptor: Int32 = 0, ask: () -> Void = {}) -> Key {
        guard let bytes = burst(descriptor: descriptor, ask: ask) else { return .stop }
        return key(bytes)
    }

    /// Waits for one key press and returns its bytes (several for an escape sequence, or for keys
    /// typed ahead and waiting together); nil at the end of input or when the terminal fails.
    /// `ask` runs once the terminal no longer echoes, so a key pressed as soon as its prompt shows
    /// is never echoed onto the screen.
    static func burst(descriptor: Int32 = 0, ask: () -> Void = {}) -> [UInt8]? {
        rawMode(descriptor, waiting: true) {
            ask()
            return readOnce(descriptor)
        }
    }

    /// Whatever else has been typed and waits to be read, without waiting for more than a
    /// moment (0.1 s) after the last byte; at most `limit` bytes.
    static func typedAhead(descriptor: Int32 = 0, limit: Int = 4096) -> [UInt8] {
        rawMode(descriptor, waiting: false) {
            var all: [UInt8] = []
            while all.count < limit, let more = readOnce(descriptor), !more.isEmpty { all += more }
            return Array(all.prefix(limit))
        } ?? []
    }

    /// Runs `body` with the terminal in non-canonical, no-echo, no-signal mode; `waiting` blocks
    /// for the first byte, otherwise reads give up 0.1 s after the last byte.
    private static func rawMode<T>(_ descriptor: Int32, waiting: Bool, _ body: () -> T?) -> T? {
        var saved = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = waiting ? 1 : 0
            cc[Int(VTIME)] = waiting ? 0 : 1
        }
        tcsetattr(descriptor, TCSANOW, &raw)
        defer { tcsetattr(descriptor, TCSANOW, &saved) }
        return body()
    }

    /// One read of up to 64 bytes: nil at the end of input or on failure, empty when none came in time.
    private static func readOnce(_ descriptor: Int32) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: 64)
        let n = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard n >= 0 else { return nil }
        return Array(bytes[..<n])
    }

    /// What a burst of bytes from one key press means.
    static func key(_ bytes: [UInt8]) -> Key {
        switch bytes {
        case [], [0x03], [0x04], [0x1B], [UInt8(ascii: "q")], [UInt8(ascii: "Q")]:
            return .stop
        case [0x20], [0x0D], [0x0A], [UInt8(ascii: "n")], [UInt8(ascii: "j")], [0x1B, 0x5B, 0x43], [0x1B, 0x5B, 0x42],
            [0x1B, 0x5B, 0x36, 0x7E]:
            return .forward
        case [UInt8(ascii: "b")], [UInt8(ascii: "k")], [0x7F], [0x08], [0x1B, 0x5B, 0x44], [0x1B, 0x5B, 0x41],
            [0x1B, 0x5B, 0x35, 0x7E]:
            return .back
        default:
            return .other
        }
    }
}
