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
