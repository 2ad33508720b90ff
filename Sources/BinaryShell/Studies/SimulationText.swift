import MarketModel
import ShellKit

/// `simulate` on screen: what was played, the spread by trade number (a chart and a table),
/// price discovery, the market maker's profit by trader type, and Roll's estimator.
struct SimulationText {
    let summary: SimulationSummary
    let requested: Int
    let width: Int
    let unicode: Bool

    var lines: [Line] {
        let plan = summary.plan
        let p = plan.parameters
        let truth =
            plan.truth.map { "truth \($0.rawValue) in every session" } ?? "truth drawn from the prior in each session"
        var lines = [
            Line(
                "simulate: \(summary.sessions) sessions × \(plan.arrivals) arrivals = \(summary.arrivals) arrivals; V \(Format.value(p.low))/\(Format.value(p.high)), μ \(Format.number(p.mu)), α \(Format.number(p.alpha)), θ \(Format.number(p.prior)); \(truth); seed \(plan.seed)",
                .heading)
        ]
        if summary.wasStopped {
            lines.append(
                Line(
                    "interrupted: \(summary.sessions) of \(requested) sessions completed; the figures below are theirs",
                    .warning))
        }
        let t = summary.truths
        lines.append(Line("nature drew: good news \(t.high), bad news \(t.low), no event \(t.none)", .dim))
        if p.elastic != .off {
            lines.append(
                Line(
                    "elastic \(ElasticityText.word(p.elastic)): played by the reference engine (one period at a time), not the fast kernel; a session with a side withdrawn has no spread, so it is left out of the spread figures (the closed column counts it)",
                    .dim))
        }
        lines.append(Line(""))
        lines += spread + [Line("")] + discovery + [Line("")] + profit + [Line("")] + roll
        return lines
    }

    private var spread: [Line] {
        let points = summary.spread.points
        var chart = Chart(
            title: "Spread by trade number: mean, 10% and 90%", unit: "$",
            series: [
                Chart.Series(name: "90%", values: points.map { $0.spreadQuantile(0.9) ?? .nan }, tone: .dim, mark: "."),
                Chart.Series(name: "mean", values: points.map { $0.meanSpread ?? .nan }, tone: .buy, mark: "*"),
                Chart.Series(name: "10%", values: points.map { $0.spreadQuantile(0.1) ?? .nan }, tone: .dim, mark: "."),
            ])
        chart.firstT = 0
        var lines = chart.lines(width: width, unicode: unicode)
        if points.count > 1, points.last!.time != points.count - 1 {
            lines.append(Line("  (x axis: the \(points.count) trade numbers kept, denser early)", .dim))
        }
        lines.append(
            Line(
                Format.pad("  t", 10) + Format.pad("mean", 11) + Format.pad("10%", 11) + Format.pad("median", 11)
                    + Format.pad("90%", 11) + "closed", .heading))
        var widest = 0.0
        func quantile(_ point: SpreadAtTime, _ p: Double) -> String {
            guard let reading = point.spreadQuantileReading(p) else { return "—" }
            if reading.isExact { return Format.price(reading.value) }
            widest = max(widest, reading.halfWidth)
            return "≈" + Format.price(reading.value)
        }
        for point in points where Self.shownTimes(last: summary.plan.arrivals).contains(point.time) {
            lines.append(
                Line(
                    Format.pad("  \(point.time)", 10) + Format.pad(Format.price(point.meanSpread), 11)
                        + Format.pad(quantile(point, 0.1), 11) + Format.pad(quantile(point, 0.5), 11)
                        + Format.pad(quantile(point, 0.9), 11) + Format.percent(point.shareClosed)))
        }
        lines.append(
            Line(
                widest > 0
                    ? "  Quantiles are order statistics (the ⌈p·M⌉-th smallest spread), exact where shown plainly; ≈ marks one read from a histogram bin that holds several values (bins 1/16 of an octave wide), within \(Format.probability(widest)) of the true order statistic."
                    : "  Quantiles are order statistics (the ⌈p·M⌉-th smallest spread), each exact: the histogram bin it falls in holds that one value.",
                .dim))
        return lines
    }

    private var discovery: [Line] {
        let d = summary.discovery
        let mean = d.meanTime.map { Format.probability($0) } ?? "—"
        let median = d.medianReading.map { ($0.isExact ? "" : "≈") + Format.value($0.value) } ?? "—"
        return [
            Line("Price discovery", .heading),
            Line(
                "  trades until |mid − V| ≤ \(Format.price(d.distance)): mean \(mean), median \(median); never within \(summary.plan.arrivals) arrivals in \(Format.percent(d.shareNever)) of sessions"
            ),
        ]
    }

    private var profit: [Line] {
        let m = summary.profit
        func per(_ value: Double?) -> String { value.map(Format.change) ?? "—" }
        var lines = [
            Line("The market maker's profit, against the true value", .heading),
            Line(
                "  from informed traders     \(Format.pad(Format.change(m.fromInformed), 14)) (\(per(m.perInformedTrade)) a trade over \(m.informedTrades) trades)"
            ),
            Line(
                "  from uninformed traders   \(Format.pad(Format.change(m.fromUninformed), 14)) (\(per(m.perUninformedTrade)) a trade over \(m.uninformedTrades) trades)"
            ),
            Line(
                "  in all                    \(Format.pad(Format.change(m.total), 14)) (\(per(m.perSession)) a session ± \(m.perSessionStandardError.map(Format.price) ?? "—"))"
            ),
        ]
        lines += SimulationVerdicts(summary: summary).profit.map { Line("  " + $0, .dim) }
        return lines
    }

    private var roll: [Line] {
        let r = summary.roll
        let estimate =
            r.spread.map(Format.price)
            ?? (r.autocovariance == nil ? "undefined (too few trades)" : "undefined (the covariance is not negative)")
        return [
            Line("Roll's estimator", .heading),
            Line(
                "  2·√(−cov(Δp_t, Δp_t−1)) = \(estimate), against the mean quoted spread \(Format.price(r.meanQuotedSpread)) (cov = \(r.autocovariance.map(Format.probability) ?? "—") ± \(r.autocovarianceStandardError.map(Format.probability) ?? "—"))"
            ),
        ]
            + SimulationVerdicts(summary: summary).roll.map { Line("  " + $0, .dim) }
    }

    /// The rows of the table: the opening, a few early trades, round numbers, and the last.
    static func shownTimes(last: Int) -> Set<Int> {
        Set(
            [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 100_000, 1_000_000].filter { $0 <= last }
                + [last])
    }
}
