import MarketCore

/// `params` under any model: the model's parameters, then the shell's settings (truth, seed,
/// detail), one row each with its name, symbol, value and meaning, under a heading.
package struct ParamsView {
    /// The model whose rows are listed.
    package let model: ModelKind
    /// How wide the name column is (the symbol and value columns are 10 and 11).
    package var nameWidth = 12
    /// What `params` shows for truth.
    package let truth: String
    package let seed: UInt64
    package let detail: Detail
    /// The shown value of one of the model's parameters, by name (nil for the shell's settings).
    package let value: (String) -> String?

    package init(
        _ model: ModelKind, nameWidth: Int = 12, truth: String, seed: UInt64, detail: Detail,
        value: @escaping (String) -> String?
    ) {
        (self.model, self.nameWidth, self.truth, self.seed, self.detail, self.value) = (
            model, nameWidth, truth, seed, detail, value
        )
    }

    package var lines: [Line] {
        var lines = [Line(Format.pad("name", nameWidth) + "symbol    value      meaning", .heading)]
        for row in settingRows(model) {
            let shown: String =
                switch (value(row.name), ShellSetting(rawValue: row.name)) {
                case (let number?, _): number
                case (nil, .truth?): truth
                case (nil, .detail?): detail.rawValue
                case (nil, .seed?), (nil, nil): String(seed)
                }
            lines.append(
                Line(Format.pad(row.name, nameWidth) + Format.pad(row.symbol, 10) + Format.pad(shown, 11) + row.meaning))
        }
        return lines
    }
}

/// `history [N]` under any model: the last N entries of a tape of `count`, one row each, under a
/// heading, with a line counting those left out before them.
package struct HistoryView {
    /// What `history` says before the first entry.
    package let empty: String
    package let heading: Line
    /// Put before the line counting the entries left out.
    package var indent = ""
    /// What the entries are, in the plural (`periods`, `trades`).
    package let entries: String

    package init(empty: String, heading: Line, indent: String = "", entries: String) {
        (self.empty, self.heading, self.indent, self.entries) = (empty, heading, indent, entries)
    }

    /// The view of the last `last` of `count` entries; `rows` gives the rows of a range of them
    /// (0-based), in order.
    package func lines(count: Int, last: Int, rows: (Range<Int>) -> [Line]) -> [Line] {
        guard count > 0 else { return [Line(empty)] }
        let start = max(0, count - last)
        var lines = [heading]
        if start > 0 { lines.append(Line("\(indent)… \(start) earlier \(entries) …", .dim)) }
        return lines + rows(start..<count)
    }

    /// The same for a tape replayed in order: `replay` hands each row of a range to the sink it
    /// is given, which returns true to go on.
    package func lines(count: Int, last: Int, replay: (Range<Int>, (Line) -> Bool) -> Void) -> [Line] {
        lines(count: count, last: last) { range in
            var rows: [Line] = []
            replay(range) { row in
                rows.append(row)
                return true
            }
            return rows
        }
    }
}

extension ParamsView {
    /// The shown value of the uninformed traders' settings of the Glosten–Milgrom models: γ (—
    /// unless ε_b + ε_s = 1), ε (— unless ε_b = ε_s) and the elasticity; nil for any other name.
    package static func uninformedValue(
        _ name: String, gamma: Double?, epsBuy: Double, epsSell: Double, elastic: Elasticity
    ) -> String? {
        switch name {
        case "gamma": gamma.map(Format.number) ?? "—"
        case "eps": epsBuy == epsSell ? Format.number(epsBuy) : "—"
        case "elastic": ElasticityText.word(elastic)
        default: nil
        }
    }
}

extension ParamsView {
    /// `params` for a model whose parameters are plain numbers, each shown as it is.
    package init<P: ParameterSet>(
        _ model: ModelKind, nameWidth: Int = 12, parameters p: P, truth: String, seed: UInt64, detail: Detail
    ) {
        self.init(model, nameWidth: nameWidth, truth: truth, seed: seed, detail: detail) { name in
            P.Name(rawValue: name).map { Format.number(p[$0]) }
        }
    }
}
