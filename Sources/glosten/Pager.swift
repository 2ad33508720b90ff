/// Output longer than the screen, a screenful at a time: `-- more --`, Space or Enter for the
/// next screenful, q to stop. Only for a person at a terminal; scripts and pipes get everything.
struct Pager {
    /// The screen's height in lines.
    let rows: Int

    /// The pager for the terminal on standard output, when standard input is one too.
    static var current: Pager? {
        guard Terminal.isInteractive(0), let rows = Terminal.height(of: 1), rows >= 6 else { return nil }
        return Pager(rows: rows)
    }

    /// Writes `lines` (wrapped and rendered), pausing before each screenful after the first.
    func page(_ lines: [String], write: (String) -> Void) {
        let screen = rows - 1
        guard lines.count > screen else {
            write(lines.joined(separator: "\n") + "\n")
            return
        }
        var start = 0
        while start < lines.count {
            let end = min(lines.count, start + screen)
            write(lines[start..<end].joined(separator: "\n") + "\n")
            start = end
            guard start < lines.count else { return }
            write(Self.prompt(left: lines.count - start))
            let key = Keyboard.read()
            write("\r\u{1B}[K")
            if key == .stop {
                write("(\(lines.count - start) more lines not shown)\n")
                return
            }
        }
    }

    /// `-- more (12 lines) -- Space or Enter: more, q: stop`, in reverse video.
    static func prompt(left: Int) -> String {
        "\u{1B}[7m-- more (\(left) line\(left == 1 ? "" : "s")) -- Space or Enter: more, q: stop\u{1B}[0m"
    }
}
