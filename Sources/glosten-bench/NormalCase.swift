import Foundation
import MarketModel
import NormalValue

/// The normal-value model as `simulate` plays it: one thread, session i seeded as the binary
/// engine seeds it; prints arrivals per second (wall and CPU) and what the sessions reached.
func benchNormal(_ options: Options) {
    let (sessions, arrivals) = (options.normalSessions, options.normalArrivals)
    let study = NormalSimulation(parameters: NormalParameters(), sessions: sessions, arrivals: arrivals)
    var walls: [Double] = []
    var cpus: [Double] = []
    var summary: NormalSimulationSummary?
    for _ in 0..<options.repeats {
        let cpu = cpuSeconds()
        let wall = seconds {
            summary = try? study.run { SessionSimulator.generator(seed: options.seed, session: $0) }
        }
        walls.append(wall)
        cpus.append(cpuSeconds() - cpu)
    }
    guard let summary else { fail("the normal model's defaults leave a side with no quote") }
    let total = Double(sessions * arrivals)
    let sorted = walls.sorted()
    print(
        "normal    1 thread   \(format(total / sorted[0] / 1e3)) k arrivals/s best, \(format(total / sorted[sorted.count / 2] / 1e3)) median;"
            + " \(format(total / (cpus.min() ?? .nan) / 1e3)) k per CPU-second; wall \(format(sorted[0], 3)) s for \(sessions) × \(arrivals)"
    )
    print(
        "          average spread \(format(summary.averageSpread, 4)); \(summary.convergedSessions) sessions reached the"
            + " precision of a Double (bid = ask = v); \(summary.failedSessions) failed")
    if options.normalBuys > 0 { benchNormalBuys(options.normalBuys) }
}

/// B typed buys into one market at the standard normal (μ = ½, ε_b = ε_s = ½, c = 0): the time, and
/// the largest |E[v | buy] − a|/a over the buys (0 in exact arithmetic, since c = 0).
private func benchNormalBuys(_ buys: Int) {
    var p = NormalParameters()
    p.mean = 0
    p.sigma = 1
    p.mu = 0.5
    var market = NormalMarket(parameters: p)
    var worst = 0.0
    let wall = seconds {
        for _ in 0..<buys {
            guard let step = try? market.observe(.buy, from: .unknown, trueValue: 0), let a = step.fillPrice else {
                fail("a buy was refused at t = \(market.time)")
            }
            worst = max(worst, abs(step.meanAfter - a) / a)
        }
    }
    print(
        "          \(buys) buys at the standard normal (μ = ½): \(format(wall, 3)) s; largest |E[v | buy] − a|/a"
            + " \(String(format: "%.2e", worst)); final E[v] \(format(market.posterior.mean, 6)), sd"
            + " \(String(format: "%.3e", market.posterior.standardDeviation)); \(market.posterior.liveCells) cells live"
    )
}
