@testable import NormalShell
import NormalValue
@testable import ShellKit
import Testing

/// Export rows and plots of a normal tape come from the replayed steps.
struct NormalRowsTests {
    @Test func rowsAndPlots() throws {
        var s = NormalSession()
        var steps: [NormalBayesStep] = []
        for _ in 0..<30 { steps.append(try s.natureStep()) }
        let rows = s.rows(0...30)
        #expect(rows.count == 31)
        #expect(rows[0].t == 0 && rows[0].value == 100 && rows[0].sd == 4)
        for (row, step) in zip(rows.dropFirst(), steps) {
            #expect(
                row.value == step.meanAfter && row.sd == step.standardDeviationAfter
                    && row.ask == step.quoteAfter.ask.price)
        }
        for kind in NormalPlot.allCases {
            let lines = NormalPlotText(session: s, kind: kind, width: 80, unicode: true).lines
            #expect(lines.count > 8)
            for line in lines { #expect(line.plain.count <= 80, "\(line.plain)") }
        }
    }
}
