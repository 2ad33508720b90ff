import Testing

@testable import ShellKit

/// Terminal charts: the axes carry the range, the highest value is drawn on the top row, the
/// lowest on the bottom row, and the ASCII fallback uses no character beyond ASCII.
struct ChartTests {
    private let chart = Chart(
        title: "Spread", unit: "$",
        series: [
            Chart.Series(name: "one", values: [1, 2, 3, 4, 5], tone: .buy, mark: "*")
        ], reference: ("true value 4", 4))

    @Test func unicodeLayout() {
        let lines = chart.lines(width: 40, height: 6, unicode: true).map(\.plain)
        #expect(lines[0] == "Spread ($)")
        #expect(lines.count == 1 + 6 + 3)
        // Values 1…5 pad by 5% of the range 4 (0.2): the axis runs from 0.8 to 5.2.
        #expect(lines[1].hasPrefix("5.2 ┤"))
        #expect(lines[6].hasPrefix("0.8 ┤"))
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines[8].contains("t=1") && lines[8].contains("t=5"))
        #expect(lines[9].contains("one") && lines[9].contains("true value 4"))
        // The last value (5) is in the top row, near the right; the first (1) in the bottom row, at the left.
        #expect(lines[1].last.map { $0 != " " } == true)
        #expect(lines[6].dropFirst(5).first.map { $0 != " " } == true)
    }

    @Test func asciiFallback() {
        let lines = chart.lines(width: 40, height: 6, unicode: false).map(\.plain)
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(lines[1].hasPrefix("5.2 +") && lines[1].hasSuffix("*"))
        #expect(lines[6].hasPrefix("0.8 +") && lines[6].dropFirst(5).hasPrefix("*"))
    }

    /// A probability axis never pads past [0, 1].
    @Test func bounds() {
        var belief = chart
        belief.series = [Chart.Series(name: "p", values: [0, 1], tone: .buy, mark: "*")]
        belief.reference = nil
        belief.bounds = 0...1
        let lines = belief.lines(width: 40, height: 4, unicode: true).map(\.plain)
        #expect(lines[1].hasPrefix("  1 ┤") && lines[4].hasPrefix("  0 ┤"))
    }

    @Test func emptyTape() {
        let empty = Chart(
            title: "Spread", unit: "$", series: [Chart.Series(name: "x", values: [], tone: .buy, mark: "*")])
        #expect(
            empty.lines(width: 40, unicode: true).map(\.plain) == [
                "Spread", "  nothing to draw yet: no periods on the tape",
            ])
    }
}
