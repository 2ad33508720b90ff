import Foundation
import ShellKit

/// Facts about the terminal, and ANSI colour for tones. Only the executable knows about these.
enum Terminal {
    static func isInteractive(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// The width of the terminal on `descriptor`, or nil when it is not a terminal.
    static func width(of descriptor: Int32) -> Int? {
        var size = winsize()
        guard isInteractive(descriptor), ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            return nil
        }
        return Int(size.ws_col)
    }

    /// The height of the terminal on `descriptor` in lines, or nil when it is not a terminal.
    static func height(of descriptor: Int32) -> Int? {
        var size = winsize()
        guard isInteractive(descriptor), ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else {
            return nil
        }
        return Int(size.ws_row)
    }

    /// The escape sequence that starts a tone, or nil for plain text.
    static func colour(for tone: Tone) -> String? {
        switch tone {
        case .plain: nil
        case .buy: "\u{1B}[32m"
        case .sell: "\u{1B}[31m"
        case .hidden: "\u{1B}[35m"
        case .heading, .strong: "\u{1B}[1m"
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[33m"
        case .dim: "\u{1B}[2m"
        }
    }

    /// The chart width (the terminal's, else 80) and whether the locale is UTF-8.
    static var display: Display {
        let environment = ProcessInfo.processInfo.environment
        let locale =
            environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        let unicode = locale.lowercased().replacingOccurrences(of: "-", with: "").contains("utf8")
        return Display(width: width(of: 1) ?? 80, unicode: unicode)
    }

    /// Draws long work's progress on stderr (`\rexporting [#####.....]  45%`), or clears it when done.
    static func showProgress(_ work: LongWork, done: Int, of total: Int) {
        guard total > 0 else { return }
        let filled = min(30, done * 30 / total)
        let bar =
            done >= total
            ? "\r" + String(repeating: " ", count: 48) + "\r"
            : "\r\(work.rawValue) [" + String(repeating: "#", count: filled)
                + String(repeating: ".", count: 30 - filled) + "] \(done * 100 / total)%"
        StandardStream.write(bar, to: 2)
    }

    static let resetColour = "\u{1B}[0m"
}
