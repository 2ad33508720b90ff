import MarketModel
import ShellKit

/// `compare` on screen: the document's four panels as charts, its metrics table, and the
/// conclusions the numbers support.
struct ComparisonText {
    let markets: [ComparedMarket]
    let setup: ComparisonSetup
    let seed: UInt64
    let width: Int
    let unicode: Bool
    /// `brief` (`set detail brief`, as a lesson sets it to fit a screen): the expectations only.
    var detail: Detail = .full

    var lines: [Line] {
        let (a, b) = (markets[0], markets[1])
        var lines = [
            Line(
                "compare: μ = \(Format.number(a.mu)) against μ = \(Format.number(b.mu)); values \(Format.value(setup.low)) / \(Format.value(setup.high))\(a.elastic == .off ? "" : ", elastic \(ElasticityText.word(a.elastic))"), true value \(Format.value(a.trueValue)), \(setup.trades) arrivals, seed \(seed)",
                .heading), Line(""),
        ]
        if detail == .brief {
            return lines + expectedTable
                + [Line("(detail brief: the expectations only; set detail full shows the four panels, this path's metrics and what they show)", .dim)]
        }
        for kind in SeriesKind.allCases {
            var chart = Chart(
                title: kind.title, unit: kind.unit,
                series: [
                    Chart.Series(
                        name: "μ = \(Format.number(a.mu))", values: kind.values(a.rows), tone: .sell, mark: "*"),
                    Chart.Series(
                        name: "μ = \(Format.number(b.mu))", values: kind.values(b.rows), tone: .buy, mark: "o"),
                ], reference: kind == .price ? ("true value \(Format.value(a.trueValue))", a.trueValue) : nil,
                bounds: kind.bounds)
            chart.firstT = 0
            lines += chart.lines(width: width, unicode: unicode) + [Line("")]
        }
        lines +=
            table + [Line("")] + expectedTable + [Line("")]
            + ComparisonConclusions(markets: markets, trades: setup.trades, seed: seed).lines
        return lines
    }

    private var table: [Line] {
        let (a, b) = (markets[0], markets[1])
        let rows: [(String, (ComparedMarket) -> String)] = [
            ("initial spread", { Format.price($0.openingSpread) }),
            ("final spread", { Format.price($0.finalSpread) }),
            ("average spread", { Format.price($0.averageSpread) }),
            ("maximum spread", { Format.price($0.maximumSpread) }),
            ("initial P(V = high)", { Format.probability($0.openingBelief) }),
            ("final P(V = high)", { Format.probability($0.finalBelief) }),
            ("final |mid − true value|", { Format.price($0.distance) }),
            ("mid within 1% of value from t", { $0.settles(within: 0.01 * $0.trueValue).map(String.init) ?? "never" }),
            ("cost to uninformed traders", { Format.price($0.uninformedCost) }),
        ]
        return metricTable("This path (seed \(seed)): one draw of nature, the one the panels show", rows, a, b)
    }

    /// The same metrics in expectation over all of nature's draws (exact sums over the binomial walk).
    private var expectedTable: [Line] {
        let (a, b) = (markets[0], markets[1])
        if a.elastic != .off {
            return [
                Line(
                    "Expected over all of nature's draws: not computed (the exact walk holds for inelastic demand only; with elastic set, simulate gives expectations by Monte Carlo)",
                    .dim)
            ]
        }
        guard let ea = a.expected, let eb = b.expected else {
            return [
                Line(
                    "Expected over all of nature's draws: not computed (the exact walk would take more than \(ExpectedPath.workLimit) steps; try fewer trades)",
                    .dim)
            ]
        }
        let n = setup.trades
        let rows: [(String, (ExpectedPath) -> String)] = [
            ("average spread", { Format.price($0.averageSpread) }),
            ("final spread", { Format.price($0.spread[n]) }),
            ("final P(V = high)", { Format.probability($0.belief[n]) }),
            ("final |mid − true value|", { Format.price($0.distance[n]) }),
            ("P(mid within 1% at t = \(n))", { Format.probability($0.withinBand[n]) }),
            ("cost to uninformed traders", { Format.price($0.cost[n]) }),
        ]
        return metricTable("Expected over all of nature's draws (exact: a binomial walk in buys − sells)", rows, ea, eb)
    }

    /// A table of the two markets' figures: the title, a heading with each market's μ, and a line
    /// per metric with its value for the first market and for the second.
    private func metricTable<Figures>(
        _ title: String, _ rows: [(String, (Figures) -> String)], _ first: Figures, _ second: Figures
    ) -> [Line] {
        let (a, b) = (markets[0], markets[1])
        var lines = [
            Line(title, .heading),
            Line(
                Format.pad("metric", 32) + Format.pad("μ = \(Format.number(a.mu))", 14) + "μ = \(Format.number(b.mu))",
                .heading),
        ]
        for (name, value) in rows {
            lines.append(Line(Format.pad(name, 32) + Format.pad(value(first), 14) + value(second)))
        }
        return lines
    }
}
