import MarketModel
import ShellKit

/// `run N` in the binary model.
typealias BinaryRunResult = RunResult<BayesStep, MarketError>

extension Session {
    /// Nature draws `n` arrivals and the market maker updates, period after period.
    mutating func run(_ n: Int, shouldStop: () -> Bool) -> BinaryRunResult {
        BinaryRunResult.run(n, shouldStop: shouldStop) { () throws(MarketError) in
            let arrival = Arrival.draw(market.parameters, truth: truth, at: market.quote, using: &rng)
            let step = try apply(arrival.wanted, from: arrival.trader, strict: false)
            return (step, step.order, arrival.trader)
        }
    }
}
