import Foundation
import MarketModel
import NormalValue

/// The normal-value model as `simulate` plays it: session i seeded as every model's `simulate`
/// seeds it, on one thread and on T; prints arrivals per second (wall and CPU), what the sessions
/// reached, and whether the T-thread summary is the one-thread summary to the bit.
func benchNormal(_ options: Options) {
    let (sessions, arrivals) = (options.normalSessions, options.normalArrivals)
    let study = NormalSimulation(parameters: NormalParameters(), sessions: sessions, arrivals: arrivals)
    let seed = options.seed
    var summaries: [Int: NormalSimulationSummary] = [:]
    for threads in Set([1, options.threads]).sorted() {
        var walls: [Double] = []
        var cpus: [Double] = []
        for _ in 0..<options.repeats {
            let cpu = cpuSeconds()
            let wall = seconds {
                summaries[threads] = try? study.run(threads: threads) { Xoshiro256(seed: seed, session: $0) }
            }
            walls.append(wall)
            cpus.append(cpuSeconds() - cpu)
        }
        guard summaries[threads] != nil else { fail("the normal model's defaults leave a side with no quote") }
        let total = Double(sessions * arrivals)
        let sorted = walls.sorted()
        print(
            "normal    \(threads) thread\(threads == 1 ? " " : "s")  \(format(total / sorted[0] / 1e3)) k arrivals/s best, \(format(total / sorted[sorted.count / 2] / 1e3)) median;"
                + " \(format(total / (cpus.min() ?? .nan) / 1e3)) k per CPU-second; wall \(format(sorted[0], 3)) s for \(sessions) × \(arrivals)"
        )
    }
    guard let summary = summaries[options.threads] else { return }
    let same = summaries[1].map { String(describing: $0) == String(describing: summary) } ?? false
    print(
        "          average spread \(format(summary.averageSpread, 4)); \(summary.convergedSessions) sessions reached the"
            + " precision of a Double (bid = ask = v); \(summary.failedSessions) failed;"
            + " \(options.threads) threads \(same ? "give" : "do NOT give") the one-thread summary to the bit")
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
            + " \(String(format: "%.3e", market.posterior.standardDeviation)); \(market.posterior.breakCount) breaks"
    )
}

/// `model normal; set mu MU; run N` as the shell plays it (nature's arrivals from the default seed's
/// generator against one market): the time, the peak memory, and how many breaks the posterior holds.
func benchNormalRun(_ arrivals: Int, mu: Double, seed: UInt64, resolution: Double?) {
    var p = NormalParameters()
    p.mu = mu
    var market = NormalMarket(parameters: p)
    if let resolution {
        var posterior = market.posterior
        posterior.mergeResolution = resolution
        market.rewind(to: posterior, time: 0)
    }
    var rng = Xoshiro256(seed: seed)
    let v = NormalTruth.drawn.resolve(p, using: &rng)
    var played = 0
    let cpu = cpuSeconds()
    let wall = seconds {
        for _ in 0..<arrivals {
            let arrival = NormalArrival.draw(p, value: v, quote: market.quote, using: &rng)
            guard (try? market.observe(arrival.wanted, from: arrival.trader, trueValue: v)) != nil else { break }
            played += 1
        }
    }
    let cpuUsed = cpuSeconds() - cpu
    let breaks = market.posterior.breakpoints
    let sd = market.posterior.standardDeviation
    let below = [1e-12, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5].map { h in
        zip(breaks.dropFirst(), breaks).filter { ($0 - $1) / sd < h }.count
    }
    print("gaps below 1e-12…1e-5 of sd: \(below)")
    var gaps = zip(breaks.dropFirst(), breaks).map { ($0 - $1) / market.posterior.standardDeviation }
    gaps.sort()
    func quantile(_ q: Double) -> String {
        gaps.isEmpty ? "—" : String(format: "%.2e", gaps[min(gaps.count - 1, Int(q * Double(gaps.count)))])
    }
    print(
        "normal run μ = \(mu), ρ = \(market.posterior.mergeResolution): \(played) arrivals in \(format(wall, 3)) s (CPU \(format(cpuUsed, 3)) s); peak RSS \(format(peakMemoryMB())) MB;"
            + " \(breaks.count) breaks; gaps/sd 1% \(quantile(0.01)),"
            + " 10% \(quantile(0.1)), 50% \(quantile(0.5)); E[v] \(format(market.posterior.mean, 6)),"
            + " sd \(format(market.posterior.standardDeviation, 6))")
}
