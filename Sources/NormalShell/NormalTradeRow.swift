import NormalValue
import ShellKit

/// The normal model's belief columns of a tape row: E[v] and sd[v] after the order.
struct NormalBeliefColumns: Sendable {
    let value: Double
    let sd: Double
}

/// One period of a normal session's tape, as exports and charts show it: the columns t, order,
/// trader, price, bid, ask, spread, mid, value (E[v]), sd, p_informed, mm_profit.
typealias NormalTradeRow = TapeRow<NormalBeliefColumns>

extension NormalTradeRow {
    init(step: NormalBayesStep) {
        self.init(
            t: step.time, order: step.order, trader: step.trader, price: step.fillPrice,
            quotes: (step.quoteAfter.bid.price, step.quoteAfter.ask.price),
            belief: NormalBeliefColumns(value: step.meanAfter, sd: step.standardDeviationAfter),
            pInformed: step.pInformed, profit: step.realisedProfit, trueValue: step.trueValue)
    }

    /// The opening (t = 0): the quotes and belief before the first order.
    init(opening posterior: NormalPosterior, parameters: NormalParameters, trueValue: Double) {
        let quote = NormalQuote(posterior: posterior, parameters: parameters)
        self.init(
            opening: (quote.bid.price, quote.ask.price),
            belief: NormalBeliefColumns(value: posterior.mean, sd: posterior.standardDeviation), trueValue: trueValue)
    }
}

extension NormalSession {
    /// The rows of periods `range` (1-based t), replayed from the tape; t = 0 adds the opening row.
    func rows(_ range: ClosedRange<Int>) -> [NormalTradeRow] {
        var rows: [NormalTradeRow] = []
        if range.lowerBound <= 0, periods > 0 {
            let epoch = epoch(at: 0)
            rows.append(
                NormalTradeRow(
                    opening: tape.checkpoint(atOrBefore: 0).state, parameters: epoch.parameters,
                    trueValue: epoch.trueValue))
        }
        replay(max(range.lowerBound, 1) - 1..<min(range.upperBound, periods)) { step, _ in
            rows.append(NormalTradeRow(step: step))
            return true
        }
        return rows
    }
}

/// The normal model's charts, by the names `plot` takes (its descriptor's `plots`).
package enum NormalPlot: String, ModelPlot {
    case spread, belief, price, cost
}

/// `plot spread|belief|price|cost` in the normal model, drawn with `Chart`: belief is the
/// posterior mean with ±sd bands, price the mid against v.
struct NormalPlotText {
    let session: NormalSession
    let kind: NormalPlot
    let width: Int
    let unicode: Bool

    /// The chart's title in the normal model (every axis is in $).
    private var title: String {
        switch kind {
        case .spread: "Bid–ask spread"
        case .belief: "Belief: posterior mean E[v] ± sd"
        case .price: "Mid price against the true value"
        case .cost: "Cumulative cost to uninformed traders"
        }
    }

    var lines: [Line] {
        let rows = session.periods == 0 ? [] : session.rows(Chart.window(session.periods))
        let series: [Chart.Series]
        var reference: (name: String, value: Double)?
        switch kind {
        case .spread:
            series = [Chart.Series(name: "spread", values: rows.map { $0.spread ?? .nan }, tone: .buy, mark: "*")]
        case .belief:
            series = [
                Chart.Series(name: "E[v]", values: rows.map(\.value), tone: .buy, mark: "*"),
                Chart.Series(name: "+sd", values: rows.map { $0.value + $0.sd }, tone: .dim, mark: "."),
                Chart.Series(name: "−sd", values: rows.map { $0.value - $0.sd }, tone: .dim, mark: "."),
            ]
            reference = ("v \(Format.value(session.trueValue))", session.trueValue)
        case .price:
            series = [Chart.Series(name: "mid", values: rows.map { $0.mid ?? .nan }, tone: .buy, mark: "*")]
            reference = ("v \(Format.value(session.trueValue))", session.trueValue)
        case .cost:
            var total = 0.0
            series = [
                Chart.Series(
                    name: "cost",
                    values: rows.map {
                        total += $0.uninformedCost
                        return total
                    }, tone: .buy, mark: "*")
            ]
        }
        var chart = Chart(
            title: title, unit: "$", series: series, reference: reference, bounds: nil)
        chart.firstT = rows.first?.t ?? 1
        var lines = chart.lines(width: width, unicode: unicode)
        if let first = rows.first?.t, first > 0 {
            lines.append(Line("(the last \(rows.count) of \(session.periods) periods)", .dim))
        }
        return lines
    }
}
