// normal-bench: how fast the normal model's Monte Carlo loop plays sessions (figures, not asserts).
//
//     swift build -c release --product normal-bench
//     .build/release/normal-bench [--sessions M] [--arrivals N] [--repeat R] [--seed S]
//                                 [--mu μ] [--truth drawn|V] [--buys B]
//
// It plays M sessions (default 1000) of N arrivals (default 200) of the normal model at its
// defaults (m = 100, σ = 4, μ = 0.3, ε_b = ε_s = ½, c = 0, v drawn) on one thread, R times
// (default 5), and prints the wall time of each run, the best and median, and arrivals per second.
// Session i plays from MarketModel's xoshiro256** seeded as `simulate` seeds it. With --buys B it
// then types B buys into one market at the standard normal (μ = ½, ε_b = ε_s = ½) and prints the
// time, the largest |E[v | buy] − a| over the buys (0 in exact arithmetic, since c = 0) and the
// final belief.
import Foundation
import NormalValue
import struct MarketModel.Xoshiro256
import struct MarketModel.SessionSimulator

var sessions = 1000, arrivals = 200, repeats = 5
var seed: UInt64 = 42
var parameters = NormalParameters()
var truth = NormalTruth.drawn
var buys = 0

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("normal-bench: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    guard let text = arguments.first else { fail("\(flag) needs a value") }
    arguments.removeFirst()
    guard let number = Double(text) ?? (flag == "--truth" && text == "drawn" ? 0 : nil) else {
        fail("not a number: \(text)")
    }
    switch flag {
    case "--sessions": sessions = Int(number)
    case "--arrivals": arrivals = Int(number)
    case "--repeat": repeats = max(1, Int(number))
    case "--seed": seed = UInt64(number)
    case "--mu": parameters.mu = number
    case "--truth": truth = text == "drawn" ? .drawn : .value(number)
    case "--buys": buys = Int(number)
    default: fail("unknown flag \(flag)")
    }
}

let study = NormalSimulation(parameters: parameters, sessions: sessions, arrivals: arrivals, truth: truth)
/// CPU seconds this process has used (what a busy machine does not inflate as much as wall time).
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

var seconds: [Double] = [], cpu: [Double] = []
var summary: NormalSimulationSummary?
for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = cpuSeconds()
    do {
        summary = try study.run { SessionSimulator.generator(seed: seed, session: $0) }
    } catch {
        fail("the parameters leave a side with no quote: \(error)")
    }
    seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
    cpu.append(cpuSeconds() - cpuStart)
}
let sorted = seconds.sorted()
let best = sorted[0], median = sorted[sorted.count / 2]
let total = Double(sessions * arrivals)
print("normal model: \(sessions) sessions × \(arrivals) arrivals, one thread, \(repeats) runs")
print("  wall time   " + seconds.map { String(format: "%.3f s", $0) }.joined(separator: "  "))
print(String(format: "  best %.3f s, median %.3f s", best, median))
print("  cpu time    " + cpu.map { String(format: "%.3f s", $0) }.joined(separator: "  "))
print(String(format: "  arrivals per second: best %.0f, median %.0f (wall); %.0f per CPU-second (best)",
             total / best, total / median, total / (cpu.min() ?? .nan)))
if let summary {
    print(String(format: "  average spread %.4f, final |mid − v| %.4f, profit per session from informed %.4f, from uninformed %.4f",
                 summary.averageSpread, summary.distanceByTrade[arrivals].mean,
                 summary.profitFromInformed.mean, summary.profitFromUninformed.mean))
    print(String(format: "  %d sessions reached the precision of a Double (bid = ask = v)", summary.convergedSessions)
          + (summary.convergedSessions > 0 ? String(format: ", at arrival %.1f on average", summary.convergenceArrival.mean) : "")
          + "; \(summary.failedSessions) failed")
}

if buys > 0 {
    var p = NormalParameters()
    p.mean = 0; p.sigma = 1; p.mu = 0.5
    var market = NormalMarket(parameters: p)
    var worst = 0.0
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<buys {
        guard let step = try? market.observe(.buy, from: .unknown, trueValue: 0), let a = step.fillPrice else {
            fail("a buy was refused at t = \(market.time)")
        }
        worst = max(worst, abs(step.meanAfter - a) / a)
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
    print("\(buys) buys at the standard normal (μ = ½): \(String(format: "%.3f", seconds)) s")
    print(String(format: "  largest |E[v | buy] − a|/a %.2e; final E[v] %.6f, sd %.3e, ask %.6f; %d breaks, %d cells live",
                 worst, market.posterior.mean, market.posterior.standardDeviation, market.quote.ask.price ?? .nan,
                 market.posterior.breakpoints.count, market.posterior.liveCells))
}
