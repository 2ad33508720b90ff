/// Wraps a line to the terminal's width at spaces only, keeping each word's tone. Continuation
/// lines hang under the text: past a label such as `  Why           `, past a list item's
/// marker (`- `, `1. `), or under the last column of a row of three or more columns. Expressions
/// are kept whole when they fit half the line: `a : b : c`, `x = y`, `x ≈ y`, `V | buy`,
/// `0.15 × 3.5 / P(buy)`, a bracket without prose in it (`(1 + μ)/(1 − μ)`), and a label with
/// its number (`P(event) 0.4085`). A row of a table (`Line.table`) wraps each cell inside its own column.
public enum Wrapping {
    public static func wrap(_ line: Line, width: Int) -> [Line] {
        let plain = line.plain
        guard width >= 20 else { return [line] }
        if let table = line.table, table.width > width { return TableWrapping.wrap(line, table, width: width) }
        guard plain.count > width else { return [line] }
        let indent = String(repeating: " ", count: hangingIndent(plain, width: width))
        var lines: [Line] = []
        var current: [Span] = []
        var used = 0
        for piece in pieces(line, limit: max(10, min(width - indent.count, width / 2))) {
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
        let columns = columnStarts(characters, from: leading)
        // A row of three or more columns wraps under its last column that starts early enough.
        if columns.count >= 2, let last = columns.last(where: { $0 <= width * 2 / 3 }), last > j { return last }
        return j - i >= 2 && j < width / 3 ? j : leading
    }

    /// Where each column after the first starts: past every run of two or more spaces.
    private static func columnStarts(_ characters: [Character], from start: Int) -> [Int] {
        var starts: [Int] = []
        var i = start
        while i < characters.count {
            if characters[i] == " " {
                var j = i
                while j < characters.count, characters[j] == " " { j += 1 }
                if j - i >= 2, j < characters.count { starts.append(j) }
                i = j
            } else {
                i += 1
            }
        }
        return starts
    }

    /// A word, a run of spaces, or words kept together (an expression, a bracket, a label and its
    /// number), kept whole up to `limit`.
    package struct Piece {
        package var spans: [Span]
        package var width: Int
        var isSpace: Bool
    }

    /// Operators that glue the words on either side: `x = y`, `a × b`, `p / q`.
    private static let glue: Set<String> = ["=", ":", "≈", "|", "×", "+", "−", "/", "·", "→", "<", ">", "≤", "≥"]

    /// The line as words and runs of spaces, each span keeping its tone.
    package static func tokens(_ spans: [Span]) -> [Piece] {
        var tokens: [Piece] = []
        for span in spans {
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
        // A word split across spans (a tone change inside it) is still one word.
        var words: [Piece] = []
        for token in tokens {
            if let last = words.last, !last.isSpace, !token.isSpace {
                words[words.count - 1].spans += token.spans
                words[words.count - 1].width += token.width
            } else {
                words.append(token)
            }
        }
        return words
    }

    /// The line as pieces to place: brackets, expressions and labelled numbers kept together.
    private static func pieces(_ line: Line, limit: Int) -> [Piece] {
        glued(bracketed(tokens(line.spans), limit: limit), limit: limit)
    }

    /// Everything from a word that opens a bracket to the word that closes it as one piece, when
    /// it fits `limit` (an unbalanced bracket glues nothing).
    private static func bracketed(_ tokens: [Piece], limit: Int) -> [Piece] {
        var result: [Piece] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var depth = token.isSpace ? 0 : bracketDepth(token)
            guard depth > 0 else {
                result.append(token)
                index += 1
                continue
            }
            var piece = token
            var end = index + 1
            while end < tokens.count, depth > 0, piece.width <= limit {
                piece.spans += tokens[end].spans
                piece.width += tokens[end].width
                if !tokens[end].isSpace { depth += bracketDepth(tokens[end]) }
                end += 1
            }
            if depth <= 0, piece.width <= limit, !tokens[index..<end].contains(where: isProse) {
                result.append(piece)
                index = end
            } else {
                result.append(token)
                index += 1
            }
        }
        return result
    }

    /// A word of prose (four letters or more, between punctuation): a bracket holding one is an
    /// aside, which wraps like the sentence around it, not an expression.
    private static func isProse(_ piece: Piece) -> Bool {
        let text = piece.spans.map(\.text).joined()
        let core = text.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }
        return core.count >= 4 && core.allSatisfy { $0.isLetter && $0.isLowercase }
    }

    /// Opening brackets less closing ones in a word.
    private static func bracketDepth(_ piece: Piece) -> Int {
        piece.spans.reduce(0) { depth, span in
            span.text.reduce(depth) { $0 + ("([{".contains($1) ? 1 : (")]}".contains($1) ? -1 : 0)) }
        }
    }

    /// Glues `word␠=␠word` (and chains such as `14 : 3 : 3` or `0.5 × 0.3 / 0.4`) and a word with
    /// the number after it (`spread 1.0454`) into one piece, up to `limit`.
    private static func glued(_ tokens: [Piece], limit: Int) -> [Piece] {
        var result: [Piece] = []
        var index = 0
        while index < tokens.count {
            var piece = tokens[index]
            index += 1
            guard !piece.isSpace else {
                result.append(piece)
                continue
            }
            while true {
                if index + 3 < tokens.count, isSingleSpace(tokens[index]), isGlue(tokens[index + 1]),
                    isSingleSpace(tokens[index + 2]), !tokens[index + 3].isSpace,
                    piece.width + 2 + tokens[index + 1].width + tokens[index + 3].width <= limit
                {
                    for token in tokens[index...(index + 3)] {
                        piece.spans += token.spans
                        piece.width += token.width
                    }
                    index += 4
                } else if index + 1 < tokens.count, isSingleSpace(tokens[index]), isNumber(tokens[index + 1]),
                    !isGlue(piece), piece.width + 1 + tokens[index + 1].width <= limit
                {
                    for token in tokens[index...(index + 1)] {
                        piece.spans += token.spans
                        piece.width += token.width
                    }
                    index += 2
                } else {
                    break
                }
            }
            result.append(piece)
        }
        return result
    }

    /// A number as the shell writes one: `0.4085`, `−0.0352`, `+1.5`, `1/2`, `3.2e-08` (and
    /// what follows it in the same word, such as `0.4085;`).
    private static func isNumber(_ piece: Piece) -> Bool {
        let text = piece.spans.map(\.text).joined()
        let body = text.drop { "+-−±".contains($0) }
        return body.first?.isNumber == true
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
