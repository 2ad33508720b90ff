/// Output longer than the screen, a screenful at a time: `-- more --`, Space or Enter for the
/// next screenful, q to stop. Only for a person at a terminal; scripts and pipes get everything.
///
/// Keys at `-- more --` go to the pager: Space, Enter, ↓ and Page Down page on; q, Esc, Ctrl-C
/// and Ctrl-D stop. Anything else is the start of something typed (a command, an answer): the
/// pager stops, and what was typed is kept, whole, for the prompt and said so — never run
/// half, never dropped without a word.
final class Pager {
    /// The screen's height in lines.
    let rows: Int
    /// What was typed at `-- more --` (its first line), kept for the next prompt.
    private(set) var kept: String?

    init(rows: Int) { self.rows = rows }

    /// The pager for the terminal on standard output, when standard input is one too.
    static var current: Pager? {
        guard Terminal.isInteractive(0), let rows = Terminal.height(of: 1), rows >= 6 else { return nil }
        return Pager(rows: rows)
    }

    /// What a key press at `-- more --` asks for.
    enum Action: Equatable {
        case more, stop, ignore
        /// Typing: these bytes start a line of the learner's.
        case typing([UInt8])
    }

    static func action(_ bytes: [UInt8]) -> Action {
        switch bytes {
        case [0x20], [0x0D], [0x0A], [0x1B, 0x5B, 0x42], [0x1B, 0x5B, 0x36, 0x7E]: return .more
        case [], [0x03], [0x04], [0x1B], [UInt8(ascii: "q")], [UInt8(ascii: "Q")]: return .stop
        default:
            // Other escape sequences (arrows, function keys) and lone control keys mean nothing here.
            if bytes.first == 0x1B || (bytes.count == 1 && bytes[0] < 0x20) || bytes == [0x7F] { return .ignore }
            return .typing(bytes)
        }
    }

    /// Writes `lines` (wrapped and rendered), pausing before each screenful after the first.
    func page(_ lines: [String], write: (String) -> Void) {
        kept = nil
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
            let left = lines.count - start
            var action = Action.ignore
            while action == .ignore {
                action = Keyboard.burst { write(Self.prompt(left: left)) }.map(Self.action) ?? .stop
                write("\r\u{1B}[K")
            }
            switch action {
            case .more, .ignore: continue
            case .stop:
                write("(\(left) more line\(left == 1 ? "" : "s") not shown)\n")
                return
            case .typing(let bytes):
                let typed = Self.firstLine(bytes + Keyboard.typedAhead())
                kept = typed.line.isEmpty ? nil : typed.line
                write(Self.keptNote(left: left, kept: kept, droppedLines: typed.dropped) + "\n")
                return
            }
        }
    }

    /// Takes the kept text (once).
    func takeKept() -> String? {
        defer { kept = nil }
        return kept
    }

    /// The first line of what was typed, printable characters only, and how many lines followed it.
    static func firstLine(_ bytes: [UInt8]) -> (line: String, dropped: Int) {
        let lines = bytes.split(omittingEmptySubsequences: false) { $0 == 0x0D || $0 == 0x0A }
        let first = String(decoding: lines.first ?? [], as: UTF8.self).filter { character in
            character.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        }
        let dropped = lines.dropFirst().filter { !$0.isEmpty }.count
        return (first, dropped)
    }

    /// `(12 more lines not shown; your typing waits at the prompt: Enter runs it)`, within 80 columns.
    static func keptNote(left: Int, kept: String?, droppedLines: Int) -> String {
        var note = "(\(left) more line\(left == 1 ? "" : "s") not shown"
        if kept != nil { note += "; your typing waits at the prompt: Enter runs it" }
        if droppedLines > 0 { note += ")\n(\(droppedLines) more typed line\(droppedLines == 1 ? "" : "s") not kept" }
        return note + ")"
    }

    /// `-- more (12 lines) -- Space or Enter: more, q: stop`, in reverse video.
    static func prompt(left: Int) -> String {
        "\u{1B}[7m-- more (\(left) line\(left == 1 ? "" : "s")) -- Space or Enter: more, q: stop\u{1B}[0m"
    }
}
