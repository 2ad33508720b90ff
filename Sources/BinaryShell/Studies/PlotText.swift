import ShellKit

/// `plot spread|belief|price|cost`: one chart of the current session's tape.
struct PlotText {
    let session: Session
    let kind: BinaryPlot
    let width: Int
    let unicode: Bool

    var lines: [Line] {
        let rows = session.periods == 0 ? [] : session.rows(Chart.window(session.periods))
        var chart = Chart(
            title: kind.title, unit: kind.unit,
            series: [
                Chart.Series(name: "this session", values: kind.values(rows), tone: .buy, mark: "*")
            ], reference: kind == .price ? ("true value \(Format.value(session.trueValue))", session.trueValue) : nil,
            bounds: kind.bounds)
        chart.firstT = rows.first?.t ?? 1
        var lines = chart.lines(width: width, unicode: unicode)
        if let first = rows.first?.t, first > 0 {
            lines.append(Line("(the last \(rows.count) of \(session.periods) periods)", .dim))
        }
        return lines
    }
}
