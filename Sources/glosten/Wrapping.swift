import TeachingShell

/// Wraps a line to the terminal's width at spaces, keeping each word's tone, and indents the
/// continuation under the text (past a label such as `  Why           `).
enum Wrapping {
    static func wrap(_ line: Line, width: Int) -> [Line] {
        let plain = line.plain
        guard width >= 20, plain.count > width else { return [line] }
        let indent = String(repeating: " ", count: hangingIndent(plain, width: width))
        var lines: [Line] = []
        var current: [Span] = []
        var used = 0
        for (text, tone) in pieces(line) {
            let isSpace = text.first == " "
            if !isSpace, used + text.count > width, used > indent.count {
                lines.append(Line(trimmedTrailingSpace(current)))
                current = [Span(indent)]
                used = indent.count
            }
            if isSpace, used == indent.count, !lines.isEmpty { continue }
            current.append(Span(text, tone))
            used += text.count
        }
        lines.append(Line(trimmedTrailingSpace(current)))
        return lines
    }

    /// Where continuation lines start: after the leading spaces, or after a label and the run of
    /// two or more spaces that follows it, when that is in the first third of the line.
    static func hangingIndent(_ text: String, width: Int) -> Int {
        let characters = Array(text)
        let leading = characters.prefix { $0 == " " }.count
        var i = leading
        while i < characters.count, characters[i] != " " || (i + 1 < characters.count && characters[i + 1] != " ") { i += 1 }
        var j = i
        while j < characters.count, characters[j] == " " { j += 1 }
        return j - i >= 2 && j < width / 3 ? j : leading
    }

    /// The line as words and runs of spaces, each with its tone.
    private static func pieces(_ line: Line) -> [(String, Tone)] {
        var result: [(String, Tone)] = []
        for span in line.spans {
            var piece = ""
            for character in span.text {
                if !piece.isEmpty, (character == " ") != (piece.last == " ") {
                    result.append((piece, span.tone))
                    piece = ""
                }
                piece.append(character)
            }
            if !piece.isEmpty { result.append((piece, span.tone)) }
        }
        return result
    }

    private static func trimmedTrailingSpace(_ spans: [Span]) -> [Span] {
        var spans = spans
        while let last = spans.last, last.text.allSatisfy({ $0 == " " }) { spans.removeLast() }
        return spans
    }
}
