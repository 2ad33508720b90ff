import Foundation
import PINModel

/// `estimate` as the shell runs it (every Yan–Zhang and Ersan–Alici start, one thread) on days drawn
/// from α = 0.4, δ = ½, μ = 40, ε_b = ε_s = 30: wall milliseconds for each sample size (best and
/// median of the repeats, and the least CPU time), with what the search found.
func benchPIN(_ options: Options) {
    var truth = PINParameters()
    truth.alpha = 0.4
    truth.delta = 0.5
    truth.mu = 40
    truth.epsBuy = 30
    truth.epsSell = 30
    for days in options.pinDays {
        var rng = Xoshiro256(seed: options.seed)
        let sample = DrawnDay.draw(days, truth, truth: .drawn, using: &rng).map(\.day)
        var walls: [Double] = []
        var cpus: [Double] = []
        var estimate: PINEstimate?
        for _ in 0..<options.repeats {
            let cpu = cpuSeconds()
            walls.append(seconds { estimate = try? PINEstimator.estimate(sample) })
            cpus.append(cpuSeconds() - cpu)
        }
        guard let estimate else { fail("no estimate from \(days) days") }
        walls.sort()
        let steps = estimate.outcomes.reduce(0) { $0 + $1.steps }
        print(
            "pin       \(days) days: \(format(walls[0] * 1e3)) ms best, \(format(walls[walls.count / 2] * 1e3)) ms median"
                + " (\(format((cpus.min() ?? .nan) * 1e3)) ms CPU);"
                + " \(estimate.outcomes.count) starts, \(estimate.reachedBest) reached the best, \(steps) Newton steps;"
                + " PIN \(format(estimate.pin, 4)) (truth \(format(truth.pin, 4)))")
    }
}
