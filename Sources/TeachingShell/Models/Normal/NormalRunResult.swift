import NormalValue

/// What `run N` did in the normal model: the first and last periods in full, counts for the rest,
/// and why it stopped early if it did.
public struct NormalRunResult: Sendable {
    /// How many periods were asked for, and how many ran.
    public let requested: Int
    public internal(set) var steps = 0
    var first: [NormalBayesStep] = []
    var last: [NormalBayesStep] = []
    var orders: [Order: Int] = [:]
    var informedArrivals = 0
    public internal(set) var interrupted = false
    /// Set when the market maker could not follow an order: `.converged` once the belief is a few
    /// Doubles wide (bid = ask = v), anything else not expected.
    public internal(set) var error: NormalMarketError?

    /// How many rows are kept at each end.
    static let rowsKept = 10

    var lastStep: NormalBayesStep? { last.last ?? first.last }

    /// Runs `n` periods of nature's arrivals, asking `shouldStop` every 256 so Ctrl-C stops at
    /// once; every period that ran is on the tape and the posterior matches it.
    static func run(_ n: Int, in session: inout NormalSession, shouldStop: () -> Bool) -> NormalRunResult {
        var result = NormalRunResult(requested: n)
        for i in 0..<n {
            if i & 255 == 255, shouldStop() {
                result.interrupted = true
                break
            }
            let step: NormalBayesStep
            do {
                step = try session.natureStep()
            } catch {
                result.error = error
                break
            }
            result.steps += 1
            result.orders[step.order, default: 0] += 1
            if step.trader == .informed { result.informedArrivals += 1 }
            if result.first.count < rowsKept {
                result.first.append(step)
            } else {
                if result.last.count == rowsKept { result.last.removeFirst() }
                result.last.append(step)
            }
        }
        return result
    }
}
