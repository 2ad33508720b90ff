/// The `Quotes` block of a step, under every model: each quote before → after, right-aligned, in
/// the tone of its move (`buy` up, `sell` down), with the change.
package enum QuoteMoves {
    /// One quote at one moment: a price, or why there is none (`withdrawn`, or `—` when undefined).
    package enum Cell: Equatable {
        case price(Double)
        case absent(String)

        /// A price, or `—` when nil.
        package init(_ value: Double?) { self = value.map(Cell.price) ?? .absent("—") }

        package var text: String {
            switch self {
            case .price(let x): Format.price(x)
            case .absent(let word): word
            }
        }

        package var value: Double? {
            if case .price(let x) = self { return x }
            return nil
        }
    }

    package static func lines(_ rows: [(name: String, before: Double?, after: Double?)]) -> [Line] {
        lines(rows.map { ($0.name, Cell($0.before), Cell($0.after)) })
    }

    /// The rows; a change is shown only between two prices (never to or from a withdrawn side).
    package static func lines(_ rows: [(name: String, before: Cell, after: Cell)]) -> [Line] {
        let width = rows.flatMap { [$0.before.text, $0.after.text] }.map(\.count).max() ?? 0
        func column(_ x: Cell) -> String {
            let text = x.text
            return String(repeating: " ", count: width - text.count) + text
        }
        return rows.enumerated().map { index, row in
            let label = index == 0 ? "  Quotes        " : "                "
            var tone = Tone.plain
            var change = ""
            if let x = row.before.value, let y = row.after.value {
                tone = y > x ? .buy : (y < x ? .sell : .plain)
                change = "  (\(Format.change(y - x)))"
            }
            return Line([Span(label + Format.pad(row.name, 7)), Span("\(column(row.before)) → \(column(row.after))\(change)", tone)])
        }
    }
}

extension QuoteMoves {
    /// The same moves two to a line, for a reply that must fit one screen:
    /// `  Quotes        bid 100.0000 → 100.5000   ask 101.0000 → 101.5352`.
    /// A withdrawn side is named as such, never given a price.
    package static func compactLines(_ rows: [(name: String, before: Cell, after: Cell)]) -> [Line] {
        stride(from: 0, to: rows.count, by: 2).map { start in
            var spans = [Span(start == 0 ? "  Quotes        " : "                ")]
            for (offset, row) in rows[start..<min(rows.count, start + 2)].enumerated() {
                var tone = Tone.plain
                if let x = row.before.value, let y = row.after.value { tone = y > x ? .buy : (y < x ? .sell : .plain) }
                if offset > 0 { spans.append(Span("   ")) }
                spans.append(Span("\(row.name) "))
                spans.append(Span("\(row.before.text) → \(row.after.text)", tone))
            }
            return Line(spans)
        }
    }
}
