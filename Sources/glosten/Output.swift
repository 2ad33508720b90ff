import Foundation
import ShellKit

/// Writes replies: text (coloured or not) or JSON on stdout, errors on stderr.
struct Output {
    let json: Bool
    let colour: Bool
    /// The terminal's width now (it may have been resized), or nil when output is not a terminal.
    var width: Int? { Terminal.width(of: 1) }

    /// Colour only on a terminal, and never with --no-color, NO_COLOR or TERM=dumb.
    static func wantsColour(flag noColor: Bool) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if noColor || environment["NO_COLOR"].map({ !$0.isEmpty }) == true || environment["TERM"] == "dumb" {
            return false
        }
        return Terminal.isInteractive(1)
    }

    /// Shows a reply: its lines (errors go to stderr, located when `location` is given), or its JSON record.
    func show(_ reply: Reply, location: String? = nil, pager: Pager? = nil) {
        if json {
            write(reply.record.json + "\n", to: 1)
            if let error = reply.error, let location { write("\(location): \(error.message)\n", to: 2) }
            return
        }
        if let error = reply.error {
            let text = location.map { "\($0): \(error.message)" } ?? error.message
            write(wrapped(Line(text, .error)).map(render).joined(separator: "\n") + "\n", to: 2)
            return
        }
        let lines = reply.lines.flatMap(wrapped).map(render)
        guard !lines.isEmpty else { return }
        if let pager {
            pager.page(lines) { write($0, to: 1) }
        } else {
            write(lines.joined(separator: "\n") + "\n", to: 1)
        }
    }

    /// A line of the shell's own (a banner, a warning), on stderr or stdout.
    func note(_ line: Line, error: Bool = false) {
        write(wrapped(line).map(render).joined(separator: "\n") + "\n", to: error ? 2 : 1)
    }

    /// The line as the terminal shows it: wrapped to its width, and coloured when wanted.
    func screenLines(_ line: Line) -> [String] {
        wrapped(line).map(render)
    }

    /// Writes text to standard output as it is.
    func raw(_ text: String) {
        write(text, to: 1)
    }

    private func wrapped(_ line: Line) -> [Line] {
        width.map { Wrapping.wrap(line, width: $0) } ?? [line]
    }

    func fail(_ message: String) {
        write(wrapped(Line(message, .error)).map(render).joined(separator: "\n") + "\n", to: 2)
    }

    private func render(_ line: Line) -> String {
        guard colour else { return Self.inert(line.plain) }
        return line.spans.map { span in
            let text = Self.inert(span.text)
            return Terminal.colour(for: span.tone).map { $0 + text + Terminal.resetColour } ?? text
        }.joined()
    }

    /// Text with every control character (C0 but tab, DEL, C1) shown as `?`, so nothing a lesson
    /// file or an echoed word holds can drive the terminal; only our own colour codes reach it.
    static func inert(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "?" : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    private func write(_ text: String, to descriptor: Int32) {
        StandardStream.write(text, to: descriptor)
    }
}
