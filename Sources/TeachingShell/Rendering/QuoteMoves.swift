/// The `Quotes` block of a step, under every model: each quote before → after, right-aligned, in
/// the tone of its move (`buy` up, `sell` down), with the change.
enum QuoteMoves {
    static func lines(_ rows: [(name: String, before: Double?, after: Double?)]) -> [Line] {
        let width = rows.flatMap { [Format.price($0.before), Format.price($0.after)] }.map(\.count).max() ?? 0
        func column(_ x: Double?) -> String {
            let text = Format.price(x)
            return String(repeating: " ", count: width - text.count) + text
        }
        return rows.enumerated().map { index, row in
            let label = index == 0 ? "  Quotes        " : "                "
            var tone = Tone.plain
            var change = ""
            if let x = row.before, let y = row.after {
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
    static func compactLines(_ rows: [(name: String, before: Double?, after: Double?)]) -> [Line] {
        stride(from: 0, to: rows.count, by: 2).map { start in
            var spans = [Span(start == 0 ? "  Quotes        " : "                ")]
            for (offset, row) in rows[start..<min(rows.count, start + 2)].enumerated() {
                var tone = Tone.plain
                if let x = row.before, let y = row.after { tone = y > x ? .buy : (y < x ? .sell : .plain) }
                if offset > 0 { spans.append(Span("   ")) }
                spans.append(Span("\(row.name) "))
                spans.append(Span("\(Format.price(row.before)) → \(Format.price(row.after))", tone))
            }
            return Line(spans)
        }
    }
}
