import MarketCore

/// What `run N` did under any model: the first and last periods in full, counts for the rest,
/// and why it stopped early if it did.
package struct RunResult<Step: Sendable, Failure: Error & Sendable>: Sendable {
    /// How many periods were asked for, and how many ran.
    package let requested: Int
    package var steps = 0
    package var first: [Step] = []
    package var last: [Step] = []
    package var orders: [Order: Int] = [:]
    package var informedArrivals = 0
    package var interrupted = false
    /// Set when the market maker could not follow nature's order (the model says why).
    package var error: Failure?

    /// How many rows are kept at each end.
    package static var rowsKept: Int { 10 }

    package var lastStep: Step? { last.last ?? first.last }

    /// Runs `n` periods of `arrive` (nature's arrival and the market maker's update, which puts it
    /// on the tape), asking `shouldStop` every 256 so Ctrl-C stops at once, at a safe point: every
    /// period that ran is on the tape and the belief matches it.
    package static func run(
        _ n: Int, shouldStop: () -> Bool, arrive: () throws(Failure) -> (step: Step, order: Order, trader: Trader)
    ) -> RunResult {
        var result = RunResult(requested: n)
        for i in 0..<n {
            if i & 255 == 255, shouldStop() {
                result.interrupted = true
                break
            }
            let period: (step: Step, order: Order, trader: Trader)
            do {
                period = try arrive()
            } catch {
                result.error = error
                break
            }
            result.steps += 1
            result.orders[period.order, default: 0] += 1
            if period.trader == .informed { result.informedArrivals += 1 }
            if result.first.count < rowsKept {
                result.first.append(period.step)
            } else {
                if result.last.count == rowsKept { result.last.removeFirst() }
                result.last.append(period.step)
            }
        }
        return result
    }
}
