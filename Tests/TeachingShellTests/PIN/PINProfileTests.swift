import Foundation
import PINModel
import ShellTestSupport
import Testing

@testable import ShellKit

/// Issue 21, item 3: `profile` marks a drop of χ²₁(0.95)/2 = 1.92072941…, not 1.92, and prints
/// the estimate's row once when α̂ is a grid point (InfoTrad's 10 days: α̂ = 4/10, four event days).
struct PINProfileTests {
    /// z₀.₉₇₅ = 1.959963984540054 (the 97.5% normal quantile, to the digits of a Double), and
    /// χ²₁(0.95) = z₀.₉₇₅², so the edge is z²/2 = 1.920729410347062.
    @Test func theEdgeIsHalfTheChiSquareQuantile() {
        let z = 1.959963984540054
        #expect(abs(LikelihoodInterval.drop95 - z * z / 2) < 1e-14)
        #expect(abs(LikelihoodInterval.drop95 - 1.920729410347062) < 1e-14)
    }

    @Test func infoTradsProfileMarksAlphaSevenWithinAndShowsTheEstimateOnce() throws {
        let files = MemoryFiles()
        let b = [350, 250, 500, 552, 163, 345, 847, 923, 123, 349]
        let s = [382, 500, 463, 550, 200, 323, 456, 342, 578, 455]
        files.put("it.csv", "buys,sells\n" + zip(b, s).map { "\($0),\($1)\n" }.joined())
        var shell = Interpreter.forTests(files: files)
        for line in ["model pin", "load it.csv", "estimate"] {
            let reply = send(&shell, line)
            #expect(reply?.error == nil, "\(line)")
        }
        let reply = send(&shell, "profile")
        let rows = try #require(reply).lines.map(\.plain)
        #expect(rows.filter { $0.contains("← the estimate") }.count == 1, "\(rows)")
        #expect(rows.filter { $0.hasPrefix("  0.4000 ") }.count == 1, "\(rows)")
        // Each row's mark follows from the drop it prints, against the exact edge.
        for row in rows where row.hasPrefix("  0.") {
            let columns = row.split(separator: " ")
            let below = try #require(Double(columns[2]))
            if row.contains("← the estimate") { continue }
            #expect(row.hasSuffix("within 1.9207") == (below <= 1.920729410347062), "\(row)")
        }
        // α = 0.7 lies 1.9204 below the top: inside the interval, which 1.92 left it out of.
        let seven = try #require(rows.first { $0.hasPrefix("  0.7000 ") })
        #expect(seven.hasSuffix("1.9204  within 1.9207"), "\(seven)")
        #expect(rows.last?.contains("within χ²₁(0.95)/2 = 1.9207 of the top") == true)
    }
}
