import Foundation
import Testing

@testable import PINModel

@Test(arguments: [0.7, 4.0, 9.9, 10.0, 55.0, 3000.0, 2.5e6])
func poissonDrawsHaveMeanAndVarianceLambda(lambda: Double) {
    // n draws: the sample mean within 5 standard errors √(λ/n) of λ, the variance within 5 of its
    // own standard error ≈ λ·√(2/n + 1/(λn)) (the Poisson's fourth cumulant is λ).
    var rng = Xoshiro256(seed: 3)
    let n = 40_000
    let draws = (0..<n).map { _ in Double(Poisson.draw(mean: lambda, using: &rng)) }
    let mean = draws.reduce(0, +) / Double(n)
    let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
    #expect(abs(mean - lambda) < 5 * (lambda / Double(n)).squareRoot())
    #expect(abs(variance - lambda) < 5 * lambda * (2 / Double(n) + 1 / (lambda * Double(n))).squareRoot())
    #expect(draws.allSatisfy { $0 >= 0 })
}

@Test func smallPoissonDrawsFollowTheirProbabilities() {
    // λ = 3: the share of each k ≤ 8 within 5 binomial standard errors of e^{−3}3^k/k!.
    var rng = Xoshiro256(seed: 8)
    let n = 60_000
    var counts = [Int](repeating: 0, count: 40)
    for _ in 0..<n { counts[min(39, Poisson.draw(mean: 3, using: &rng))] += 1 }
    for k in 0...8 {
        let p = exp(-3) * pow(3, Double(k)) / tgamma(Double(k + 1))
        #expect(abs(Double(counts[k]) / Double(n) - p) < 5 * (p * (1 - p) / Double(n)).squareRoot(), "k = \(k)")
    }
}

@Test func drawnDayTypesFollowAlphaAndDeltaAndFixedTruthIsKept() {
    let p = pinParameters(0.3, 0.25, 40, 30, 30)
    var rng = Xoshiro256(seed: 11)
    let n = 40_000
    let days = DrawnDay.draw(n, p, truth: .drawn, using: &rng)
    for (type, share) in [(DayType.none, 0.7), (.bad, 0.075), (.good, 0.225)] {
        let seen = Double(days.filter { $0.type == type }.count) / Double(n)
        #expect(abs(seen - share) < 5 * (share * (1 - share) / Double(n)).squareRoot())
    }
    let bad = DrawnDay.draw(2000, p, truth: .fixed(.bad), using: &rng)
    #expect(bad.allSatisfy { $0.type == .bad })
    let meanSells = Double(bad.reduce(0) { $0 + $1.day.sells }) / 2000
    #expect(abs(meanSells - 70) < 5 * (70.0 / 2000).squareRoot())
    // The same seed draws the same days.
    var a = Xoshiro256(seed: 99)
    var b = Xoshiro256(seed: 99)
    #expect(DrawnDay.draw(50, p, truth: .drawn, using: &a) == DrawnDay.draw(50, p, truth: .drawn, using: &b))
}

@Test func completeLinkageOnALineMatchesTheBruteForceDefinition() {
    // Brute force: merge the pair of clusters (any two) whose largest member distance is least.
    var rng = Xoshiro256(seed: 4)
    for trial in 0..<30 {
        let values = (0..<(8 + trial)).map { _ in Double(Int(rng.nextUnit() * 60)) + rng.nextUnit() }
        var clusters = values.indices.map { [$0] }
        func span(_ a: [Int], _ b: [Int]) -> Double {
            let xs = (a + b).map { values[$0] }
            return xs.max()! - xs.min()!
        }
        while clusters.count > 6 {
            var best = (0, 1, Double.infinity)
            for i in clusters.indices {
                for j in clusters.indices where j > i {
                    let d = span(clusters[i], clusters[j])
                    if d < best.2 { best = (i, j, d) }
                }
            }
            clusters[best.0] += clusters[best.1]
            clusters.remove(at: best.1)
        }
        let expected = Set(clusters.map { Set($0) })
        let found = ImbalanceClusters.cluster(values, into: 6)
        #expect(Set(found.map { Set($0) }) == expected)
        let means = found.map { c in c.map { values[$0] }.reduce(0, +) / Double(c.count) }
        #expect(means == means.sorted())
    }
}
