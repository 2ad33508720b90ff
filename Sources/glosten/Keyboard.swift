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
    /// Backspace go back; q, Esc, Ctrl-C, Ctrl-D or the end of input stop.
    static func read(descriptor: Int32 = 0) -> Key {
        var saved = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { return .stop }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(descriptor, TCSANOW, &raw)
        defer { tcsetattr(descriptor, TCSANOW, &saved) }
        var bytes = [UInt8](repeating: 0, count: 8)
        let n = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard n > 0 else { return .stop }
        return key(Array(bytes[..<n]))
    }

    /// What a burst of bytes from one key press means.
    static func key(_ bytes: [UInt8]) -> Key {
        switch bytes {
        case [0x20], [0x0D], [0x0A], [UInt8(ascii: "n")], [UInt8(ascii: "j")], [0x1B, 0x5B, 0x43], [0x1B, 0x5B, 0x42],
            [0x1B, 0x5B, 0x36, 0x7E]:
            return .forward
        case [UInt8(ascii: "b")], [UInt8(ascii: "k")], [0x7F], [0x08], [0x1B, 0x5B, 0x44], [0x1B, 0x5B, 0x41],
            [0x1B, 0x5B, 0x35, 0x7E]:
            return .back
        case [UInt8(ascii: "q")], [UInt8(ascii: "Q")], [0x1B], [0x03], [0x04]:
            return .stop
        default:
            return .other
        }
    }
}
