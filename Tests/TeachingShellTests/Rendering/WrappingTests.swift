import Foundation
import Testing

@testable import ShellKit

/// Issue 22.10: what the terminal shows at 80 columns — tables keep their columns, a label keeps
/// its number, formulas stay whole, headings are cut at a word, bold is bold, and two chart lines
/// differ in shape as well as colour.
struct WrappingTests {
    private func wrapped(_ lines: [Line], width: Int = 80) -> [String] {
        lines.flatMap { Wrapping.wrap($0, width: width) }.map(\.plain)
    }

    /// two-models' summary table: "(narrower)" of the middle column wrapped under that column's
    /// start, never under the last column's.
    @Test func aTableCellWrapsInsideItsColumn() {
        let rows = [
            "| | classic (α = 1) | event uncertainty (α = 0.2) |", "|---|---|---|",
            "| opening spread | 16/3 ≈ 5.333 | 16/11 ≈ 1.455 |",
            "| after 3 buys | 1200/4069 ≈ 0.295 (narrower) | 1808/1247 ≈ 1.450 (narrower) |",
            "| then a quiet period | unchanged | 45008/28371 ≈ 1.586 (wider) |",
        ]
        let lines = wrapped(NarrationText.lines([.verbatim(rows)]))
        #expect(lines.allSatisfy { $0.count <= 80 })
        let header = lines[0]
        let classic = header.distance(of: "classic")
        let event = header.distance(of: "event uncertainty")
        let row = lines.firstIndex { $0.contains("1200/4069") }!
        #expect(lines[row].distance(of: "1200/4069") == classic)
        #expect(lines[row].distance(of: "1808/1247") == event)
        // The last cell's "(narrower)" continues on the next line in the last column, not the middle one.
        #expect(lines[row + 1].trimmingCharacters(in: .whitespaces) == "(narrower)", "\(lines)")
        #expect(lines[row + 1].prefix { $0 == " " }.count == event, "\(lines)")
    }

    /// The `lesson` listing and other padded rows: a long last column hangs under itself.
    @Test func aRowOfColumnsHangsUnderItsLastColumn() {
        let row = Line(
            "  profit        new         Who pays whom: losses to the informed, gains from the uninformed, and the cost c₀")
        let lines = wrapped([row])
        #expect(lines.count == 2)
        #expect(lines[1].prefix { $0 == " " }.count == lines[0].distance(of: "Who"))
    }

    /// A compact three-state row never leaves P(event) at the end of a line and its value on the next.
    @Test func aLabelKeepsItsNumber() {
        let row = "t=12  sell at 101.0357  100.5000|101.6003  spread 1.1003  P(V=104) 0.2551 P(event) 0.3571"
        let labelEnd = row.distance(of: "P(event)")! + "P(event)".count
        for width in (labelEnd - 2)...(labelEnd + 6) {
            let lines = wrapped([Line(row)], width: width)
            #expect(lines.contains { $0.contains("P(event) 0.3571") }, "width \(width): \(lines)")
            #expect(lines.contains { $0.contains("P(V=104) 0.2551") }, "width \(width): \(lines)")
        }
    }

    /// `(1 + μ)/(1 − μ)` is never broken, wherever the line's width falls.
    @Test func aFormulaStaysWhole() {
        let text = "In classic GM with γ = ½ a buy multiplies the odds of V_H by (1 + μ)/(1 − μ) and a sell divides them."
        for width in 40...80 {
            let lines = wrapped([Line(text)], width: width)
            #expect(lines.contains { $0.contains("(1 + μ)/(1 − μ)") }, "width \(width): \(lines)")
        }
        // An aside in brackets is prose: it wraps like the sentence around it.
        let aside = Line(String(repeating: "word ", count: 12) + "(the market maker is surer of the value) and more")
        #expect(wrapped([aside], width: 70)[0].count > 62)
    }

    /// `**bold**` is the strong tone (bold on a terminal) and shows no asterisks without colour.
    @Test func boldIsBold() {
        let lines = NarrationText.lines([.paragraph("Only **buys minus sells** matters.")])
        #expect(lines[0].plain == "Only buys minus sells matters.")
        #expect(lines[0].spans.contains(Span("buys minus sells", .strong)))
        #expect(NarrationText.lines([.paragraph("V** is odd")])[0].plain == "V is odd")
    }

    /// A step heading drops whole words of a long title, never part of one.
    @Test func headingsAreCutAtAWord() {
        let title = "Example 3: persistent informed advantage and market breakdown"
        for room in 12...61 {
            let cut = LessonPlay.shortened(title, to: room)
            #expect(cut.count <= room, "\(cut)")
            guard cut.hasSuffix("…") else {
                #expect(cut == title)
                continue
            }
            // What is kept is the title up to the end of a word (less a trailing ':' or ',').
            let kept = String(cut.dropLast())
            #expect(title.hasPrefix(kept), "\(room): \(cut)")
            let next = title.dropFirst(kept.count).first
            #expect(next == " " || next.map { ":,;".contains($0) } == true, "\(room): \(cut)")
        }
    }

    /// compare's two markets: the second line is dashed and each is named at its end, so the two
    /// differ in shape and label, not only in colour.
    @Test func twoChartLinesDifferInShape() {
        let chart = Chart(
            title: "Spread", unit: "$",
            series: [
                Chart.Series(name: "μ = 0.6", values: Array(repeating: 2, count: 60), tone: .sell, mark: "*"),
                Chart.Series(name: "μ = 0.15", values: Array(repeating: 1, count: 60), tone: .buy, mark: "o"),
            ])
        let lines = chart.lines(width: 60, height: 8, unicode: true).map(\.plain)
        let plot = lines[1...8].map { $0.drop { $0 != "┤" && $0 != "│" }.dropFirst() }
        let top = plot.first { $0.contains { $0 != " " } }!
        let bottom = plot.last { $0.contains { $0 != " " } }!
        #expect(!top.dropLast(" μ = 0.6".count).contains(" "), "the first line is solid: \(top)")
        #expect(bottom.filter { $0 == " " }.count >= bottom.count / 3, "the second line is dashed: \(bottom)")
        #expect(lines.last!.contains("━━━ μ = 0.6") && lines.last!.contains("━ ━ μ = 0.15"))
        // Each line is named where it ends: μ = 0.6 (at 2) on the top line's row, μ = 0.15 on the bottom one's.
        #expect(top.hasSuffix(" μ = 0.6") && bottom.hasSuffix(" μ = 0.15"), "\(top)\n\(bottom)")
        #expect(lines.allSatisfy { $0.count <= 60 })
    }
}

extension String {
    /// The character offset of the first occurrence of `text`.
    fileprivate func distance(of text: String) -> Int? {
        range(of: text).map { distance(from: startIndex, to: $0.lowerBound) }
    }
}
