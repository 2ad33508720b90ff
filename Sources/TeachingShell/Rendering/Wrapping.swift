/// Wraps a line to the terminal's width at spaces only, keeping each word's tone. Continuation
/// lines hang under the text: past a label such as `  Why           `, or past a list item's
/// marker (`- `, `1. `). `a : b : c`, `x = y`, `x ≈ y` and `V | buy` are kept on one line when
/// they fit.
public enum Wrapping {
    public static func wrap(_ line: Line, width: Int) -> [Line] {
        let plain = line.plain
        guard width >= 20, plain.count > width else { return [line] }
        let indent = String(repeating: " ", count: hangingIndent(plain, width: width))
        var lines: [Line] = []
        var current: [Span] = []
        var used = 0
        for piece in pieces(line, limit: max(10, (width - indent.count) / 2)) {
            if !piece.isSpace, used + piece.width > width, used > indent.count {
                lines.append(Line(trimmedTrailingSpace(current)))
                current = [Span(indent)]
                used = indent.count
            }
            if piece.isSpace, used == indent.count, !lines.isEmpty { continue }
            current += piece.spans
            used += piece.width
        }
        lines.append(Line(trimmedTrailingSpace(current)))
        return lines
    }

    /// Where continuation lines start: past a list item's marker; else after the leading spaces,
    /// or after a label and the run of two or more spaces that follows it, when that is in the
    /// first third of the line.
    static func hangingIndent(_ text: String, width: Int) -> Int {
        let characters = Array(text)
        let leading = characters.prefix { $0 == " " }.count
        let rest = characters.dropFirst(leading)
        if rest.starts(with: ["-", " "]) || rest.starts(with: ["*", " "]) || rest.starts(with: ["•", " "]) {
            return leading + 2
        }
        let digits = rest.prefix { $0.isNumber }.count
        if (1...2).contains(digits), rest.dropFirst(digits).starts(with: [".", " "]) { return leading + digits + 2 }
        var i = leading
        while i < characters.count, characters[i] != " " || (i + 1 < characters.count && characters[i + 1] != " ") {
            i += 1
        }
        var j = i
        while j < characters.count, characters[j] == " " { j += 1 }
        return j - i >= 2 && j < width / 3 ? j : leading
    }

    /// A word, a run of spaces, or words glued by ` = `, ` : `, ` ≈ `, ` | ` (kept whole up to `limit`).
    private struct Piece {
        var spans: [Span]
        var width: Int
        var isSpace: Bool
    }

    private static let glue: Set<String> = ["=", ":", "≈", "|"]

    /// The line as pieces, each span keeping its tone.
    private static func pieces(_ line: Line, limit: Int) -> [Piece] {
        var tokens: [Piece] = []
        for span in line.spans {
            var text = ""
            func flush() {
                if !text.isEmpty {
                    tokens.append(Piece(spans: [Span(text, span.tone)], width: text.count, isSpace: text.first == " "))
                }
                text = ""
            }
            for character in span.text {
                if !text.isEmpty, (character == " ") != (text.last == " ") { flush() }
                text.append(character)
            }
            flush()
        }
        // Glue `word␠=␠word` (and chains such as `14 : 3 : 3`) into one piece.
        var result: [Piece] = []
        var index = 0
        while index < tokens.count {
            var piece = tokens[index]
            index += 1
            guard !piece.isSpace else {
                result.append(piece)
                continue
            }
            while index + 3 < tokens.count, isSingleSpace(tokens[index]), isGlue(tokens[index + 1]),
                isSingleSpace(tokens[index + 2]),
                !tokens[index + 3].isSpace,
                piece.width + 3 + tokens[index + 1].width - 1 + tokens[index + 3].width <= limit
            {
                for token in tokens[index...(index + 3)] {
                    piece.spans += token.spans
                    piece.width += token.width
                }
                index += 4
            }
            result.append(piece)
        }
        return result
    }

    private static func isSingleSpace(_ piece: Piece) -> Bool { piece.isSpace && piece.width == 1 }

    private static func isGlue(_ piece: Piece) -> Bool {
        glue.contains(piece.spans.map(\.text).joined())
    }

    private static func trimmedTrailingSpace(_ spans: [Span]) -> [Span] {
        var spans = spans
        while let last = spans.last, last.text.allSatisfy({ $0 == " " }) { spans.removeLast() }
        return spans
    }
}
