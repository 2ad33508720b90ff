import MarketCore
import Testing

/// The sample covariance of consecutive changes the slow way: pairs, their two means, then the
/// mean product of deviations (divisor n), as `SerialCovariance` defines it.
private func twoPassCovariance(_ changes: [Double]) -> Double {
    let x = Array(changes.dropLast())
    let y = Array(changes.dropFirst())
    let n = Double(x.count)
    let mx = x.reduce(0, +) / n
    let my = y.reduce(0, +) / n
    return zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) } / n
}

@Test func theRunningCovarianceIsTheTwoPassOneAfterEveryChange() {
    var rng = Xoshiro256(seed: 3)
    var running = SerialCovariance()
    var changes: [Double] = []
    for t in 0..<500 {
        // Changes around a large offset, where the one-pass Σxy/n − x̄ȳ loses digits.
        let change = 1000 + (rng.nextUnit() - 0.5) + (t % 2 == 0 ? 0.25 : -0.25)
        running.add(change: change)
        changes.append(change)
        if changes.count >= 3 {
            #expect(running.pairs == changes.count - 1)
            let slow = twoPassCovariance(changes)
            #expect(abs(running.covariance! - slow) <= 1e-9 * max(1e-3, abs(slow)))
        } else {
            #expect(running.covariance == nil)
        }
    }
}

@Test func rollsEstimateIsTwiceTheRootOfMinusTheCovariance() {
    #expect(RollEstimator.spread(covariance: -0.25) == 1)
    #expect(RollEstimator.spread(covariance: -0.0625) == 0.5)
    #expect(RollEstimator.spread(covariance: 0) == nil)
    #expect(RollEstimator.spread(covariance: 0.1) == nil)
}
