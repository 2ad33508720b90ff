/// Where a table's columns start and how wide the whole table is, shared by its rows.
public struct TableLayout: Equatable, Sendable {
    /// The character offset of each column's first character, the first one past the indent.
    public var starts: [Int]
    /// The widest row's length.
    public var width: Int

    /// Rows of cells as lines: columns `gap` spaces apart after `indent`, each line carrying the
    /// layout. `tone` gives each row's tone by its index.
    package static func lines(
        _ rows: [[String]], indent: Int = 2, gap: Int = 2, tone: (Int) -> Tone = { _ in .plain }
    ) -> [Line] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        var starts: [Int] = []
        var offset = indent
        for width in widths {
            starts.append(offset)
            offset += width + gap
        }
        let layout = TableLayout(starts: starts, width: offset - gap)
        return rows.enumerated().map { index, cells in
            var text = String(repeating: " ", count: indent)
            for (column, cell) in cells.enumerated() {
                text += cell
                if column < cells.count - 1 { text += String(repeating: " ", count: widths[column] + gap - cell.count) }
            }
            var line = Line(text, tone(index))
            line.table = layout
            return line
        }
    }
}

/// A table row on a terminal narrower than its table: the widest columns give way until the table
/// fits, and each cell wraps inside its own column, so no word lands under another column.
enum TableWrapping {
    package static func wrap(_ line: Line, _ table: TableLayout, width: Int) -> [Line] {
        let starts = table.starts
        guard let first = starts.first else { return [line] }
        var widths = zip(starts, starts.dropFirst() + [table.width + 2]).map { $1 - $0 }
        widths = shrunk(widths, to: width - first + 2)
        let characters = Array(line.plain)
        let tone = line.spans.first?.tone ?? .plain
        var cells: [[String]] = []
        for (column, start) in starts.enumerated() {
            let end = column + 1 < starts.count ? starts[column + 1] : characters.count
            let text = start < characters.count ? String(characters[start..<min(end, characters.count)]) : ""
            cells.append(words(text.trimmingCharactersInSet(), into: max(1, widths[column] - 2)))
        }
        let height = cells.map(\.count).max() ?? 1
        return (0..<height).map { row in
            var text = String(repeating: " ", count: first)
            for (column, cell) in cells.enumerated() {
                let part = row < cell.count ? cell[row] : ""
                text += part + String(repeating: " ", count: max(0, widths[column] - part.count))
            }
            while text.last == " " { text.removeLast() }
            return Line(text, tone)
        }
    }

    /// Column widths (each with its gap) lowered, widest first, until they add up to `room`; none
    /// below 6 characters.
    package static func shrunk(_ widths: [Int], to room: Int) -> [Int] {
        var widths = widths
        while widths.reduce(0, +) > room, let widest = widths.max(), widest > 6 {
            let index = widths.lastIndex(of: widest) ?? 0
            widths[index] -= 1
        }
        return widths
    }

    /// A cell's text in lines of at most `width` characters, broken at spaces (a longer word is cut).
    package static func words(_ text: String, into width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    fileprivate func trimmingCharactersInSet() -> String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
