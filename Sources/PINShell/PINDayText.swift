import Foundation
import PINModel
import ShellKit

/// The PIN model's texts of days: the Bayes step of one day, the quotes, runs, history, state.
enum PINDayText {
    static func typeName(_ type: DayType) -> String {
        switch type {
        case .none: "no news"
        case .bad: "bad news"
        case .good: "good news"
        }
    }

    static func truthMeaning(_ truth: DayTruth) -> String {
        switch truth {
        case .fixed(let type): "every day nature draws is a \(typeName(type)) day"
        case .drawn: "each day's type drawn: no news 1 − alpha, bad alpha·delta, good alpha·(1 − delta)"
        }
    }

    private static func p(_ x: Double) -> String { Format.probability(x) }
    private static func f(_ x: Double) -> String { Format.fixed(x, places: 4) }

    /// `day B S` or `day`: the Bayes step over the three types in logs, then the quotes.
    static func day(_ step: DayBayes, number: Int, parameters: PINParameters, nature: DayType?) -> [Line] {
        let d = step.day
        var lines = [
            Line(
                "day \(number)  \(d.buys) buys, \(d.sells) sells\(nature == nil ? "" : " (nature drew them)")", .heading
            ),
            Line("  Bayes in logs  ln P(type | B,S) = ln π + ln P(B,S | type) − ln P(B,S)"),
            Line("    ln P(B,S | type) = B·ln λ_B − λ_B − ln B! + S·ln λ_S − λ_S − ln S!"),
            Line("    type      prior   λ_B    λ_S    ln P(B,S|type) ln π + ln P  posterior"),
        ]
        for row in step.rows {
            lines.append(
                Line(
                    "    " + Format.pad(typeName(row.type), 10) + Format.pad(f(row.prior), 8)
                        + Format.pad(Format.value(row.buyRate), 7) + Format.pad(Format.value(row.sellRate), 7)
                        + Format.pad(f(row.logLikelihood), 15) + Format.pad(joint(row.logJoint), 13) + p(row.posterior))
            )
        }
        lines.append(Line("    ln P(B,S) = ln Σ exp(ln π + ln P) = \(f(step.logLikelihood))"))
        lines += why(step)
        lines += quoteLines(parameters, step: step)
        if let nature { lines.append(Line("  Hidden      nature's type: \(typeName(nature))", .hidden)) }
        return lines
    }

    private static func joint(_ x: Double) -> String { x == -.infinity ? "−∞ (π = 0)" : f(x) }

    /// The posterior's reason, from the numbers: the likeliest type's ln P(B,S|type) and ln π
    /// against each other type with a prior above 0.
    private static func why(_ step: DayBayes) -> [Line] {
        let best = step.row(step.mostLikely)
        let others = step.rows.filter { $0.type != best.type && $0.prior > 0 }
        let head = "  Why         \(typeName(best.type)) is likeliest (\(p(best.posterior)))"
        guard !others.isEmpty else { return [Line(head + ": the only type with a prior above 0")] }
        func compared(_ x: Double) -> String {
            if abs(x) < 1e-12 { return "the same" }
            // Not 0, yet 0.0000 to four places: say so rather than "0.0000 higher".
            let size = f(abs(x)) == f(0) ? "less than 0.00005" : f(abs(x))
            return "\(size) \(x > 0 ? "higher" : "lower")"
        }
        return [Line(head + ": ln P(B,S|type), ln π against")]
            + others.map { row in
                Line(
                    "              \(typeName(row.type)): \(compared(best.logLikelihood - row.logLikelihood)), \(compared(log(best.prior) - log(row.prior)))"
                )
            }
    }

    /// The opening quotes, and those at the close of a day (beliefs = its posterior).
    static func quoteLines(_ parameters: PINParameters, step: DayBayes?) -> [Line] {
        guard let open = EKOPQuote.opening(parameters) else {
            return [Line("  Quotes      none: no order can arrive (all rates 0)")]
        }
        var lines = [
            openingLine(open)
        ]
        if let step, let close = EKOPQuote.closing(step, parameters) {
            lines.append(
                Line(
                    "  At close    bid \(f(close.bid))  ask \(f(close.ask))  spread \(f(close.spread))  E[V] \(f(close.mean))"
                ))
        }
        return lines + pinLines(parameters, open)
    }

    /// PIN and how it relates to the opening spread for these parameters.
    private static func pinLines(_ p: PINParameters, _ open: EKOPQuote) -> [Line] {
        let head = "  PIN         \(f(p.pin)) = αμ/(αμ+ε_b+ε_s); PIN·(high − low) = \(f(p.pin * (p.high - p.low)))"
        let symmetric = abs(p.delta - 0.5) < 1e-12 && abs(p.epsBuy - p.epsSell) <= 1e-12 * max(1, p.epsBuy)
        return symmetric
            ? [Line(head + " = spread")]
            : [Line(head), Line("              the spread \(f(open.spread)) equals it only when δ = ½ and ε_b = ε_s")]
    }

    static func quotes(_ p: PINParameters) -> [Line] { quoteLines(p, step: nil) }

    static func openingLine(_ open: EKOPQuote) -> Line {
        Line("  Opening     bid \(f(open.bid))  ask \(f(open.ask))  spread \(f(open.spread))  E[V] \(f(open.mean))")
    }

    /// `run N`: the days drawn, a row each (the first 3 and last 2 of a run over 12), and the counts.
    static func run(_ drawn: DrawnRun, session: PINSession) -> [Line] {
        var lines = [Line("day      buys     sells    P(none)  P(bad)   P(good)  nature", .heading)]
        let n = drawn.count
        let shown = n <= 12 ? Array(0..<n) : Array(0..<3) + Array((n - 2)..<n)
        for (k, i) in shown.enumerated() {
            if k > 0, i != shown[k - 1] + 1 {
                lines.append(Line("…  (\(i - shown[k - 1] - 1) more days: history)", .dim))
            }
            let index = drawn.first + i
            let nature = session.origins[index].drawnType.map(typeName) ?? ""
            lines.append(row(index + 1, session.days[index], session.parameters, then: nature))
        }
        lines.append(
            Line(
                "\(n) days: \(drawn.buys) buys, \(drawn.sells) sells; hidden: \(drawn.days(.none)) no news, \(drawn.days(.bad)) bad, \(drawn.days(.good)) good; \(session.count) held"
            ))
        if drawn.interrupted {
            lines.append(
                Line("interrupted after \(drawn.count) of \(drawn.requested) days; those days stay held", .warning))
        }
        return lines
    }

    /// One day's row: its number, counts and posterior under `p`, then `last`.
    private static func row(_ number: Int, _ day: TradingDay, _ p: PINParameters, then last: String) -> Line {
        let step = DayBayes(day: day, parameters: p)
        let cells = [String(number), String(day.buys), String(day.sells)] + step.rows.map { f($0.posterior) }
        return Line(cells.map { Format.pad($0, 9) }.joined() + last)
    }

    /// The most rows `history` shows at once; `export csv` writes every day.
    static let largestHistory = 10_000

    static func history(_ s: PINSession, last n: Int) -> [Line] {
        guard s.count > 0 else { return [Line("no day held yet: day B S, day, run N or load FILE")] }
        var lines = [Line("day      buys     sells    P(none)  P(bad)   P(good)  from / nature", .heading)]
        let asked = max(0, s.count - n)
        let start = max(asked, s.count - largestHistory)
        if start > asked {
            lines.append(
                Line(
                    "…  \(start - asked) earlier days not shown: at most \(largestHistory) here; export csv FILE writes all",
                    .dim))
        }
        for i in start..<s.count {
            let day = s.days[i]
            let origin = s.origins[i]
            let from =
                origin.drawnType.map { "drawn: " + typeName($0) } ?? (day.date.map { "loaded \($0)" } ?? origin.word)
            lines.append(row(i + 1, day, s.parameters, then: from))
        }
        lines.append(Line("posteriors with the parameters now in force; \(held(s.count))", .dim))
        return lines
    }

    /// `3 days held`, `1 day held`.
    static func held(_ n: Int) -> String { n == 1 ? "1 day held" : "\(n) days held" }

    static func state(_ s: PINSession) -> [Line] {
        let p = s.parameters
        var lines = [
            Line("prior      no news \(f(p.prior(.none)))  bad \(f(p.prior(.bad)))  good \(f(p.prior(.good)))")
        ]
        if let step = s.lastStep {
            let post = step.rows.map { "\(typeName($0.type)) \(f($0.posterior))" }.joined(separator: "  ")
            lines.append(Line("day \(s.count)      " + post))
        } else {
            lines.append(Line("no day held yet"))
        }
        lines.append(Line("truth      \(s.truth.word): \(truthMeaning(s.truth))", .hidden))
        return lines
    }

    static func params(_ p: PINParameters, truth: DayTruth) -> [Line] {
        pinParameterRows.map { row in
            let name = PINParameterName(rawValue: row.name) ?? .alpha
            return Line(
                Format.pad(row.name, 10) + Format.pad(row.symbol, 5) + Format.pad(Format.number(p[name]), 10)
                    + row.meaning)
        } + [Line(Format.pad("truth", 15) + Format.pad(truth.word, 10) + truthMeaning(truth))]
    }

    static func loaded(_ s: PINSession, from path: String) -> [Line] {
        let dated = s.days.datedCount
        let span =
            dated == 0
            ? "" : dated == 1
            ? " (\(s.days.date(0) ?? ""))" : " (\(s.days.date(0) ?? "") to \(s.days.date(dated - 1) ?? ""))"
        let (buys, sells) = s.days.totals
        return [
            Line(
                "loaded \(s.count == 1 ? "1 day" : "\(s.count) days") from \(path)\(span): \(buys) buys, \(sells) sells; they replace the days held"),
            Line("estimate fits the model to them"),
        ]
    }
}
