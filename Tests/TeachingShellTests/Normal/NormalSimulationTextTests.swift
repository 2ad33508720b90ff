@testable import NormalShell
import NormalValue
@testable import ShellKit
import Testing

/// The normal Monte Carlo report prints the summary's own estimates and draws its conclusions
/// from them.
struct NormalSimulationTextTests {
    @Test func reportMatchesTheSummary() throws {
        let study = NormalSimulation(parameters: NormalParameters(), sessions: 200, arrivals: 50)
        let summary = try study.run(generator: { Xoshiro256(seed: 1000 + UInt64($0)) })
        let text = NormalSimulationText(summary: summary, truth: .drawn, cost: 0).lines.map(\.plain)
        for line in text { #expect(line.count <= 80, "\(line)") }
        #expect(text[0] == "200 sessions × 50 arrivals, v drawn from N(m, σ²) per session")
        let d0 = summary.distanceByTrade[0]
        let d1 = summary.distanceByTrade[50]
        let se = (d0.standardError! * d0.standardError! + d1.standardError! * d1.standardError!).squareRoot()
        // Independent check of the verdict: informed trading moves the mid toward v over 50 arrivals.
        #expect(d1.mean < d0.mean - 2 * se)
        #expect(
            text.contains(
                "  prices found v: |mid − v| fell by \(Format.price(d0.mean - d1.mean)) (± \(Format.price(se)), over 2 s.e.)"
            ))
        #expect(
            text.contains {
                $0.contains(
                    "total \(Format.price(summary.profit.mean)) ± \(Format.price(summary.profit.standardError!))")
            })
    }
}
