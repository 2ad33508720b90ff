import Foundation

/// A lesson's prose as lines for the terminal: headings stand out, Markdown marks are dropped,
/// paragraphs are single lines for the terminal to wrap.
enum NarrationText {
    package static func lines(_ blocks: [NarrationBlock]) -> [Line] {
        var lines: [Line] = []
        for block in blocks {
            switch block {
            case .heading(let level, _) where level == 1:
                continue
            case .heading(_, let text):
                lines.append(Line(plain(text), .heading))
            case .paragraph(let text):
                lines.append(Line(spans(text)))
            case .verbatim(let rows):
                lines += verbatim(rows)
            }
            lines.append(Line(""))
        }
        return lines
    }

    /// Lines shown as they are, except that a Markdown table becomes columns two spaces apart and
    /// a quotation loses its `>` (which would read as a command) for an indent.
    private static func verbatim(_ rows: [String]) -> [Line] {
        var lines: [Line] = []
        var table: [[String]] = []
        func flushTable() {
            guard !table.isEmpty else { return }
            lines += TableLayout.lines(table, tone: { $0 == 0 ? .heading : .plain })
            table = []
        }
        for row in rows {
            let trimmed = row.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("|") else {
                flushTable()
                if trimmed.hasPrefix(">") {
                    lines.append(Line("    " + plain(trimmed.drop { $0 == ">" || $0 == " " }.description)))
                } else {
                    lines.append(Line(plain(row)))
                }
                continue
            }
            let cells = trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "|")).split(
                separator: "|", omittingEmptySubsequences: false
            )
            .map { plain($0.trimmingCharacters(in: .whitespaces)) }
            if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-: ".contains($0) } }) { continue }
            table.append(cells)
        }
        flushTable()
        return lines
    }

    /// A paragraph's spans: `**bold**` in the strong tone (bold on a terminal, plain without
    /// colour), the rest without its Markdown marks.
    package static func spans(_ text: String) -> [Span] {
        let parts = text.components(separatedBy: "**")
        // An odd number of `**` leaves the last one unpaired: read as text, as before.
        guard parts.count >= 3, parts.count % 2 == 1 else { return [Span(plain(text))] }
        return parts.enumerated().compactMap { index, part in
            part.isEmpty ? nil : Span(plain(part), index % 2 == 1 ? .strong : .plain)
        }
    }

    /// Markdown without its marks: `**bold**` and `*it*` → bold and it, `` `code` `` → code,
    /// `[text](url)` → text. A lone `*` (V*) stays.
    package static func plain(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
        result = result.replacingOccurrences(
            of: #"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])"#, with: "$1", options: .regularExpression)
        return withoutLinks(result)
    }

    /// `[text](url)` → text, in one pass over the bytes (however many links the text holds).
    static func withoutLinks(_ text: String) -> String {
        guard text.contains("](") else { return text }
        let bytes = Array(text.utf8)
        let (open, close, paren, end) = (UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"))
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == open else {
                output.append(bytes[i])
                i += 1
                continue
            }
            // The label runs to the first "](" after the "[", the link to the first ")" after that.
            var middle = i + 1
            while middle + 1 < bytes.count, !(bytes[middle] == close && bytes[middle + 1] == paren) { middle += 1 }
            var last = middle + 2
            while last < bytes.count, bytes[last] != end { last += 1 }
            guard middle + 1 < bytes.count, last < bytes.count else {
                output += bytes[i...]
                break
            }
            output += bytes[(i + 1)..<middle]
            i = last + 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
