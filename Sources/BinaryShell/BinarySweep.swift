import MarketModel
import ShellKit

/// The binary model's own verbs (`ModelDescriptor.verbs`).
package enum BinaryVerb: String, ModelVerb {
    case sweep

    package var row: VerbRow {
        switch self {
        case .sweep:
            VerbRow(
                group: .look, arguments: .keywordNumbers(["prior"], 3...3), usage: "sweep prior FROM TO STEP",
                summary: "each side's status at the opening, for priors FROM to TO (the market is untouched)",
                details:
                    "sweep prior 0.01 0.99 0.01 opens the current market at each prior from FROM to TO in steps of STEP, other parameters as they are, and prints E[V], the bid, the ask and whether each side stands or is withdrawn, then the priors at which each side is withdrawn. Long sweeps show the first and last rows and those on either side of a change. With elastic demand (help elastic) this is the breakdown region of Glosten–Milgrom 1985 §3. At most \(maximumSweep) priors.")
        }
    }

    package var changesMarket: Bool {
        switch self {
        case .sweep: false
        }
    }

    package var allowedInLessons: Bool {
        switch self {
        case .sweep: true
        }
    }
}

/// The most priors one `sweep` opens.
let maximumSweep = 1000

/// Why a `sweep` was refused (the binary model's own error lines).
enum SweepError: ModelError {
    case badRange(from: Double, to: Double, step: Double)

    var message: String {
        switch self {
        case .badRange(let from, let to, let step):
            "sweep prior takes FROM ≤ TO, both strictly between 0 and 1, and STEP above 0 giving at most \(maximumSweep) priors; \(Format.number(from)) \(Format.number(to)) \(Format.number(step)) does not"
        }
    }
}

/// `sweep prior FROM TO STEP`: the opening quotes at each prior, and where each side is withdrawn.
struct SweepText {
    struct Row {
        let prior: Double
        let quote: Quote
    }

    let rows: [Row]

    /// The sweep over the priors FROM, FROM + STEP, …, ≤ TO under `parameters`; refused when the
    /// range is empty, leaves (0, 1), or has more than `maximumSweep` priors.
    init(parameters: Parameters, numbers: [Double]) throws(ShellError) {
        let (from, to, step) = (numbers[0], numbers[1], numbers[2])
        let count = step > 0 ? ((to - from) / step + 1e-9).rounded(.down) + 1 : 0
        guard from > 0, to < 1, from <= to, step > 0, count <= Double(maximumSweep) else {
            throw .refused(SweepError.badRange(from: from, to: to, step: step))
        }
        var rows: [Row] = []
        for k in 0..<Int(count) {
            // Rounded to 12 places so that 0.01 + 29·0.01 reads and is 0.3.
            let prior = ((from + Double(k) * step) * 1e12).rounded() / 1e12
            var p = parameters
            p.prior = prior
            if p.elastic == .value, p.low <= 0 { throw .refusal(ModelRefusal(ParameterError.elasticValueNeedsPositiveValues(low: p.low))) }
            rows.append(Row(prior: prior, quote: Quote(belief: Belief(opening: p), parameters: p)))
        }
        self.rows = rows
    }

    private static func status(_ side: SideQuote) -> String {
        if side.hasNoBreakEven { return "no break-even" }
        if side.isWithdrawn { return "withdrawn (τ)" }
        return side.price == nil ? "undefined" : "open"
    }

    private func line(_ row: Row) -> Line {
        let q = row.quote
        let text =
            Format.pad(Format.number(row.prior), 8) + Format.pad(Format.price(q.expectedValue), 10)
            + Format.pad(Format.price(q.bid.openPrice), 10) + Format.pad(Format.price(q.ask.openPrice), 10)
            + Format.pad(Self.status(q.bid), 15) + Self.status(q.ask)
        return Line(text, q.isClosed ? .warning : (q.ask.isOpen && q.bid.isOpen ? .plain : .dim))
    }

    /// The rows shown: all of them up to 20; otherwise the first, the last, and those on either
    /// side of a change of status.
    private var shown: [Int] {
        guard rows.count > 20 else { return Array(rows.indices) }
        func key(_ i: Int) -> String { Self.status(rows[i].quote.bid) + Self.status(rows[i].quote.ask) }
        var keep: Set<Int> = [0, rows.count - 1]
        for i in 1..<rows.count where key(i) != key(i - 1) { keep.formUnion([i - 1, i]) }
        return keep.sorted()
    }

    /// "0.06 to 0.39 (34 of 99 priors)": where a side is withdrawn, as runs of consecutive priors.
    private func withdrawnRuns(_ side: Side) -> String? {
        var runs: [(Int, Int)] = []
        for (i, row) in rows.enumerated() where !row.quote[side].isOpen {
            if let last = runs.last, last.1 == i - 1 { runs[runs.count - 1].1 = i } else { runs.append((i, i)) }
        }
        guard !runs.isEmpty else { return nil }
        let total = runs.reduce(0) { $0 + $1.1 - $1.0 + 1 }
        let text = runs.map { a, b in
            a == b ? Format.number(rows[a].prior) : "\(Format.number(rows[a].prior)) to \(Format.number(rows[b].prior))"
        }
        return "\(text.joined(separator: ", ")) (\(total) of \(rows.count) priors)"
    }

    var lines: [Line] {
        var lines = [Line("prior   E[V]      bid       ask       bid side       ask side", .heading)]
        var previous = -1
        for i in shown {
            if previous >= 0, i > previous + 1 { lines.append(Line("  …", .dim)) }
            lines.append(line(rows[i]))
            previous = i
        }
        if shown.count < rows.count {
            lines.append(
                Line(
                    "(\(shown.count) of \(rows.count) priors shown: the first, the last and either side of each change)",
                    .dim))
        }
        for (side, name) in [(Side.ask, "ask"), (.bid, "bid")] {
            if let runs = withdrawnRuns(side) {
                lines.append(Line("\(name) withdrawn at prior \(runs)", .warning))
            } else {
                lines.append(Line("\(name) open at every prior swept"))
            }
        }
        return lines
    }
}
