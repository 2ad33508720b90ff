// glosten-bench: how fast the Monte Carlo engine plays sessions, and how much memory it needs.
//
//     swift build -c release --product glosten-bench
//     .build/release/glosten-bench [--sessions M] [--arrivals N] [--threads T] [--repeat R]
//                                  [--cases gm,eo,tolerance,cost,normal,pin,load] [--memory-arrivals A] [--seed S]
//                                  [--normal-sessions M] [--normal-arrivals N] [--normal-buys B]
//                                  [--normal-run 10000,40000 [--normal-mu 0.001] [--normal-resolution ρ]] [--pin-days 60,10000]
//                                  [--cases verify [--verify-codes 10000]]
//
// For each binary case it plays M sessions of N arrivals on one thread and on T threads (default:
// all cores), R times each, and prints arrivals per second (best and median) and wall time. First
// it plays A arrivals (default 10^9) split into T long sessions and prints the peak resident
// memory. The normal case plays the normal-value model as `simulate` does (1000 sessions × 200
// arrivals unless given), on one thread and on T, and with --normal-buys B types B buys into one market;
// --normal-run N plays `model normal; set mu 0.001; run N` (μ from --normal-mu) on one market, each N
// in a fresh process is fairest for the peak memory.
// The verify case (not run by default) times `glosten verify` replaying N codes of the shipped
// drills assignment (VerifyCase.swift).
// The pin case times `estimate` on 60 and on 10 000 simulated days (--pin-days to change them).
// The load case times the counts-file reader on 10^4 to 10^6 random days and on lines of 10^6 to
// 6.3·10^7 commas, with the peak memory after each.
import Foundation
import MarketModel

struct Options {
    var sessions = 100_000
    var arrivals = 1_000
    var threads = ProcessInfo.processInfo.activeProcessorCount
    var repeats = 3
    var cases = ["gm", "eo", "tolerance", "normal", "pin", "load"]
    var normalSessions = 1_000
    var normalArrivals = 200
    var normalBuys = 0
    var normalRun: [Int] = []
    var normalMu = 0.001
    var normalResolution: Double?
    var pinDays = [60, 10_000]
    var memoryArrivals = 1_000_000_000
    var seed: UInt64 = 1
    var verifyCodes = 10_000

    init(_ arguments: [String]) {
        var i = 0
        func value() -> String {
            i += 1
            guard i < arguments.count else { fail("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        func number(_ text: String) -> Int {
            // Accepts 1000000, 1e6, 1_000_000.
            guard let x = Double(text.replacingOccurrences(of: "_", with: "")), x >= 0, x < 9e18 else {
                fail("not a count: \(text)")
            }
            return Int(x)
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--sessions": sessions = number(value())
            case "--arrivals": arrivals = number(value())
            case "--threads": threads = max(1, number(value()))
            case "--repeat": repeats = max(1, number(value()))
            case "--cases": cases = value().split(separator: ",").map(String.init)
            case "--memory-arrivals": memoryArrivals = number(value())
            case "--seed": seed = UInt64(number(value()))
            case "--verify-codes": verifyCodes = max(1, number(value()))
            case "--normal-sessions": normalSessions = max(1, number(value()))
            case "--normal-arrivals": normalArrivals = max(1, number(value()))
            case "--normal-buys": normalBuys = number(value())
            case "--normal-run": normalRun = value().split(separator: ",").map { max(1, number(String($0))) }
            case "--normal-mu":
                guard let mu = Double(value()), mu > 0, mu < 1 else { fail("--normal-mu takes a number in (0, 1)") }
                normalMu = mu
            case "--normal-resolution":
                guard let rho = Double(value()), rho >= 0 else { fail("--normal-resolution takes a number ≥ 0") }
                normalResolution = rho
            case "--pin-days": pinDays = value().split(separator: ",").map { max(1, number(String($0))) }
            case "-h", "--help":
                print(usage)
                exit(0)
            default: fail("unknown argument \(arguments[i])\n\(usage)")
            }
            i += 1
        }
    }
}

let usage = """
    usage: glosten-bench [--sessions M] [--arrivals N] [--threads T] [--repeat R]
                         [--cases gm,eo,tolerance,cost,normal,pin,load] [--memory-arrivals A] [--seed S]
                         [--normal-sessions M] [--normal-arrivals N] [--normal-buys B]
                         [--normal-run 10000,40000 [--normal-mu 0.001] [--normal-resolution ρ]] [--pin-days 60,10000]
                         [--cases verify [--verify-codes 10000]]
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("glosten-bench: \(message)\n".utf8))
    exit(2)
}

/// The cases: classic GM, Easley–O'Hara with no-trades, a tolerance at which sides withdraw, and a
/// cost at which informed traders stop trading once the quote passes the value (not run by default).
func parameters(_ name: String) -> Parameters {
    var p = Parameters()
    switch name {
    case "gm":
        break  // V 96/104, θ = ½, μ = 0.3, α = 1, γ = ½
    case "eo":
        p.alpha = 0.5
        p.epsBuy = 0.25
        p.epsSell = 0.25  // half the uninformed stay out
    case "tolerance":
        // Opening half-spreads: ask 0.625, bid 0.870; τ = 0.7 withdraws the bid at the opening, and
        // sides close and reopen as beliefs move (both close in about 1% of sessions).
        p.alpha = 0.5
        p.epsBuy = 0.3
        p.epsSell = 0.2
        p.mu = 0.2
        p.tolerance = 0.7
    case "cost":
        p.mu = 0.6
        p.cost = 0.5  // the issue's simulate: informed buyers stay out once ask ≥ V_H
    default:
        fail("unknown case \(name) (gm, eo, tolerance, cost, normal, pin)")
    }
    return p
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// User + system CPU seconds of this process so far (all threads).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

/// A number to `digits` places; a rounding-sized negative such as −1e-14 prints as 0, not "-0.0".
func format(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", abs(x) < 1e-12 ? 0 : x) }

let options = Options(Array(CommandLine.arguments.dropFirst()))
print("glosten-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, using \(options.threads) threads")

if options.memoryArrivals > 0 {
    let sessions = options.threads
    let plan = SimulationPlan(
        parameters: parameters("eo"), sessions: sessions,
        arrivals: options.memoryArrivals / sessions, seed: options.seed)
    let before = peakMemoryMB()
    var summary: SimulationSummary?
    let wall = seconds { summary = SessionSimulator(plan: plan).run(threads: options.threads) }
    let done = summary?.arrivals ?? 0
    print(
        "memory: \(done) arrivals (eo, \(sessions) sessions of \(plan.arrivals)) in \(format(wall, 2)) s,"
            + " \(format(Double(done) / wall / 1e6)) M/s; peak RSS \(format(peakMemoryMB())) MB"
            + " (\(format(before)) MB before the run)")
}

for n in options.normalRun { benchNormalRun(n, mu: options.normalMu, seed: options.seed, resolution: options.normalResolution) }

for name in options.cases {
    if name == "normal" {
        benchNormal(options)
        continue
    }
    if name == "pin" {
        benchPIN(options)
        continue
    }
    if name == "verify" {
        benchVerify(options)
        continue
    }
    if name == "load" {
        benchLoad(options)
        continue
    }
    let plan = SimulationPlan(
        parameters: parameters(name), sessions: options.sessions,
        arrivals: options.arrivals, seed: options.seed)
    let simulator = SessionSimulator(plan: plan)
    for threads in Set([1, options.threads]).sorted() {
        var rates: [Double] = []
        var walls: [Double] = []
        var cpuRates: [Double] = []
        var summary: SimulationSummary?
        for _ in 0..<options.repeats {
            let cpu = cpuSeconds()
            let wall = seconds { summary = simulator.run(threads: threads) }
            let arrivals = Double(summary?.arrivals ?? 0)
            walls.append(wall)
            rates.append(arrivals / wall)
            cpuRates.append(arrivals / (cpuSeconds() - cpu))
        }
        rates.sort()
        let median = rates[rates.count / 2]
        let best = rates.last ?? 0
        print(
            "\(name.padding(toLength: 9, withPad: " ", startingAt: 0)) \(threads) thread\(threads == 1 ? " " : "s")"
                + "  \(format(best / 1e6)) M arrivals/s best, \(format(median / 1e6)) median;"
                + " \(format((cpuRates.max() ?? 0) / 1e6)) M per CPU-second;"
                + " wall \(format(walls.min() ?? 0, 3)) s for \(plan.totalArrivals) arrivals")
        if threads == options.threads, let s = summary {
            let last = s.spread.points.last
            let closed = s.spread.points.map { $0.shareOneSideClosed ?? 0 }.max() ?? 0
            print(
                "          spread at t=0 \(format(s.spread.points.first?.meanSpread ?? .nan, 4)),"
                    + " t=\(last?.time ?? 0) \(format(last?.meanSpread ?? .nan, 6));"
                    + " profit/trade \(format(s.profit.perTrade ?? .nan, 6)); Roll \(format(s.roll.spread ?? .nan, 4))"
                    + " vs quoted \(format(s.roll.meanQuotedSpread ?? .nan, 4)); max share one side closed \(format(closed, 3))"
            )
        }
    }
}
