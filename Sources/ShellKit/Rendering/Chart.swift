import Foundation

/// A line chart for the terminal: Unicode braille (2×4 dots a cell) with box-drawing axes, or
/// plain ASCII when the terminal is not UTF-8. Labelled axes, a legend, a dashed reference line;
/// a second series is drawn dashed (ASCII: its own mark) and each of two or more lines is named at
/// its right end, so lines never differ by colour alone.
package struct Chart {
    package struct Series {
        package let name: String
        package let values: [Double]
        package let tone: Tone
        /// The ASCII mark of this series.
        package let mark: Character

        package init(name: String, values: [Double], tone: Tone, mark: Character) {
            self.name = name
            self.values = values
            self.tone = tone
            self.mark = mark
        }
    }

    package let title: String
    package let unit: String
    package var series: [Series]
    /// A horizontal line to compare against, e.g. the true value.
    package var reference: (name: String, value: Double)?
    /// Where the values must lie (a probability in [0, 1]); the axis never pads past it.
    package var bounds: ClosedRange<Double>?
    /// The t of the first value (0 when the opening is drawn).
    package var firstT = 1

    package init(
        title: String, unit: String, series: [Series], reference: (name: String, value: Double)? = nil,
        bounds: ClosedRange<Double>? = nil, firstT: Int = 1
    ) {
        (self.title, self.unit, self.series, self.reference, self.bounds, self.firstT) = (
            title, unit, series, reference, bounds, firstT
        )
    }

    package func lines(width: Int, height: Int = 8, unicode: Bool) -> [Line] {
        let finite = series.flatMap(\.values).filter(\.isFinite) + (reference.map { [$0.value] } ?? [])
        guard let low = finite.min(), let high = finite.max(), let count = series.map(\.values.count).max(), count > 0
        else {
            return [Line(title, .heading), Line("  nothing to draw yet: no periods on the tape", .dim)]
        }
        let pad = high > low ? (high - low) * 0.05 : max(abs(high) * 0.01, 0.5)
        let floor = bounds?.lowerBound ?? (low >= 0 ? 0 : -.infinity)
        let (bottom, top) = (max(floor, low - pad), min(bounds?.upperBound ?? .infinity, high + pad))
        let labels = [top, (top + bottom) / 2, bottom].map(Self.label)
        let labelWidth = labels.map(\.count).max() ?? 1
        let named = endLabelled
        let labelRoom = named.isEmpty ? 0 : 1 + (named.map { series[$0].name.count }.max() ?? 0)
        let columns = max(10, width - labelWidth - 3 - labelRoom)
        var grid = Grid(columns: columns, rows: height, unicode: unicode)
        if let reference { grid.dashed(at: grid.row(reference.value, bottom: bottom, top: top)) }
        let dashed = dashedSeries
        for (index, item) in series.enumerated() {
            var previous: Int?
            for x in 0..<grid.pixelColumns {
                let value = item.values[min(item.values.count - 1, x * item.values.count / grid.pixelColumns)]
                guard value.isFinite else {
                    previous = nil
                    continue
                }
                let y = grid.row(value, bottom: bottom, top: top)
                // A dashed series leaves a gap every other 4 pixel columns where it runs level.
                if !dashed.contains(index) || x % 8 < 4 || (previous.map { $0 != y } ?? false) {
                    grid.plot(x: x, from: previous ?? y, to: y, series: item)
                }
                previous = y
            }
        }
        // Each named line's name at its right end, on the row where it ends (the next free row
        // when two end on the same one).
        var ends: [Int: Int] = [:]
        for index in named {
            guard let last = series[index].values.last(where: \.isFinite) else { continue }
            let pixel = grid.row(last, bottom: bottom, top: top)
            let row = unicode ? pixel / 4 : pixel
            let free = (0..<height).filter { ends[$0] == nil }.min { abs($0 - row) < abs($1 - row) }
            if let free { ends[free] = index }
        }
        var lines = [Line("\(title) (\(unit))", .heading)]
        for row in 0..<height {
            let label = row == 0 ? labels[0] : (row == height / 2 ? labels[1] : (row == height - 1 ? labels[2] : ""))
            let axis = unicode ? (label.isEmpty ? " │" : " ┤") : (label.isEmpty ? " |" : " +")
            lines.append(
                Line(
                    [Span(String(repeating: " ", count: labelWidth - label.count) + label + axis, .dim)]
                        + grid.spans(row: row)
                        + (ends[row].map { [Span(" " + series[$0].name, series[$0].tone)] } ?? [])))
        }
        let indent = String(repeating: " ", count: labelWidth + 1)
        lines.append(
            Line(indent + (unicode ? "└" : "+") + String(repeating: unicode ? "─" : "-", count: columns), .dim))
        let first = "t=\(firstT)"
        let last = "t=\(firstT + count - 1)"
        lines.append(
            Line(
                indent + " " + first + String(repeating: " ", count: max(1, columns - first.count - last.count)) + last,
                .dim))
        var legend: [Span] = [Span(indent + " ")]
        for (index, item) in series.enumerated() {
            let sample = unicode ? (dashed.contains(index) ? "━ ━ " : "━━━ ") : "\(item.mark)\(item.mark) "
            legend += [Span(sample, item.tone), Span(item.name + "   ")]
        }
        if let reference { legend += [Span(unicode ? "┄┄ " : "-- ", .dim), Span(reference.name)] }
        lines.append(Line(legend))
        return lines
    }

    /// The series drawn dashed, so that two lines differ in shape and not only in colour (a
    /// colour-blind reader, a washed-out projector): every second one of those not dimmed.
    var dashedSeries: Set<Int> {
        let strong = series.indices.filter { series[$0].tone != .dim }
        return Set(strong.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
    }

    /// The series named at the right end of their line: those not dimmed, when there are two or
    /// more of them (one line needs no name beyond the legend's).
    var endLabelled: [Int] {
        let strong = series.indices.filter { series[$0].tone != .dim }
        return strong.count >= 2 ? strong : []
    }

    /// A short axis label: 4 significant digits.
    package static func label(_ value: Double) -> String {
        String(format: "%.4g", value)
    }
}

/// The cells of a chart: dots (or marks) with the tone of the series that drew them last.
private struct Grid {
    let columns: Int
    let rows: Int
    let unicode: Bool
    private var dots: [[UInt8]]
    private var marks: [[Character?]]
    private var tones: [[Tone?]]

    init(columns: Int, rows: Int, unicode: Bool) {
        self.columns = columns
        self.rows = rows
        self.unicode = unicode
        dots = Array(repeating: Array(repeating: 0, count: columns), count: rows)
        marks = Array(repeating: Array(repeating: nil, count: columns), count: rows)
        tones = Array(repeating: Array(repeating: nil, count: columns), count: rows)
    }

    var pixelColumns: Int { unicode ? columns * 2 : columns }
    var pixelRows: Int { unicode ? rows * 4 : rows }

    /// The pixel row of a value (0 at the top).
    func row(_ value: Double, bottom: Double, top: Double) -> Int {
        let share = (top - value) / (top - bottom)
        return min(pixelRows - 1, max(0, Int((share * Double(pixelRows - 1)).rounded())))
    }

    /// Draws a series' point at pixel column `x`, joined vertically to the previous point.
    mutating func plot(x: Int, from: Int, to: Int, series: Chart.Series) {
        for y in min(from, to)...max(from, to) { set(x: x, y: y, mark: series.mark, tone: series.tone) }
    }

    /// A dashed horizontal line, under the series.
    mutating func dashed(at y: Int) {
        for x in stride(from: 0, to: pixelColumns, by: unicode ? 3 : 2) { set(x: x, y: y, mark: "-", tone: .dim) }
    }

    private mutating func set(x: Int, y: Int, mark: Character, tone: Tone) {
        let (column, row) = unicode ? (x / 2, y / 4) : (x, y)
        if unicode {
            let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
            dots[row][column] |= bits[x % 2][y % 4]
        } else {
            marks[row][column] = mark
        }
        tones[row][column] = tone
    }

    /// A row of cells as spans, one per run of the same tone.
    func spans(row: Int) -> [Span] {
        var spans: [Span] = []
        var text = ""
        var tone: Tone = .plain
        for column in 0..<columns {
            let cellTone = tones[row][column] ?? .plain
            let character: Character =
                unicode
                ? (dots[row][column] == 0 ? " " : Character(Unicode.Scalar(0x2800 + UInt32(dots[row][column]))!))
                : (marks[row][column] ?? " ")
            if cellTone != tone, !text.isEmpty {
                spans.append(Span(text, tone))
                text = ""
            }
            tone = cellTone
            text.append(character)
        }
        if !text.isEmpty { spans.append(Span(text, tone)) }
        return spans
    }
}

extension Chart {
    /// The periods a chart of a tape draws: the opening and all periods, or the last 100 000 of a
    /// very long tape.
    package static func window(_ periods: Int) -> ClosedRange<Int> {
        max(0, periods - 99_999)...periods
    }
}
