import Foundation

/// A lesson's prose as lines for the terminal: headings stand out, Markdown marks are dropped,
/// paragraphs are single lines for the terminal to wrap.
enum NarrationText {
    static func lines(_ blocks: [NarrationBlock]) -> [Line] {
        var lines: [Line] = []
        for block in blocks {
            switch block {
            case .heading(let level, _) where level == 1:
                continue
            case .heading(_, let text):
                lines.append(Line(plain(text), .heading))
            case .paragraph(let text):
                lines.append(Line(plain(text)))
            case .verbatim(let rows):
                lines += rows.map { Line(plain($0)) }
            }
            lines.append(Line(""))
        }
        return lines
    }

    /// Markdown without its marks: `**bold**` and `*it*` → bold and it, `` `code` `` → code, `[text](url)` → text.
    static func plain(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
            .replacingOccurrences(of: "*", with: "")
        while let open = result.range(of: "["), let middle = result.range(of: "](", range: open.upperBound..<result.endIndex),
              let close = result.range(of: ")", range: middle.upperBound..<result.endIndex) {
            let label = result[open.upperBound..<middle.lowerBound]
            result.replaceSubrange(open.lowerBound..<close.upperBound, with: label)
        }
        return result
    }
}
