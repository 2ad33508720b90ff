import MarketModel

/// What `run N` did: the first and last periods in full, counts for the rest.
struct RunResult {
    /// How many periods were asked for, and how many ran.
    let requested: Int
    var steps = 0
    var first: [BayesStep] = []
    var last: [BayesStep] = []
    var orders: [Order: Int] = [:]
    var informedArrivals = 0
    var interrupted = false
    /// Set when nature produced an order the market maker's belief rules out.
    var error: MarketError?

    /// How many rows are kept at each end.
    static let rowsKept = 10

    var lastStep: BayesStep? { last.last ?? first.last }
}

/// Nature draws arrivals and the market maker updates, period after period.
enum NatureRun {
    /// Runs `n` periods, checking `shouldStop` every 256 so Ctrl-C stops at once, at a safe point:
    /// every period that ran is on the tape and the belief matches it.
    static func run(_ n: Int, in session: inout Session, shouldStop: () -> Bool) -> RunResult {
        var result = RunResult(requested: n)
        for i in 0..<n {
            if i & 255 == 255, shouldStop() {
                result.interrupted = true
                break
            }
            let arrival = Arrival.draw(
                session.market.parameters, truth: session.truth, at: session.market.quote, using: &session.rng)
            let step: BayesStep
            do {
                step = try session.apply(arrival.wanted, from: arrival.trader, strict: false)
            } catch {
                result.error = error
                break
            }
            result.steps += 1
            result.orders[step.order, default: 0] += 1
            if arrival.trader == .informed { result.informedArrivals += 1 }
            if result.first.count < RunResult.rowsKept {
                result.first.append(step)
            } else {
                if result.last.count == RunResult.rowsKept { result.last.removeFirst() }
                result.last.append(step)
            }
        }
        return result
    }
}
