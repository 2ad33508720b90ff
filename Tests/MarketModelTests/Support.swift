import Testing

@testable import MarketModel

// Shared helpers for the model tests. Every expected number lives in the test that uses it,
// next to its hand derivation; these only build inputs and compare.

/// The error `setting` throws, or nil when the change is accepted.
func settingError(_ p: Parameters, _ name: ParameterName, _ value: Double) -> ParameterError? {
    do {
        _ = try p.setting(name, to: value)
        return nil
    } catch {
        return error
    }
}

/// Applies typed orders in turn (origin unknown, nature's truth irrelevant) and returns the steps.
@discardableResult
func play(_ orders: [Order], on market: inout Market, strict: Bool = false) throws -> [BayesStep] {
    var steps: [BayesStep] = []
    for order in orders {
        steps.append(try market.observe(order, from: .unknown, truth: .good, strict: strict))
    }
    return steps
}

/// Odds of V_H against V_L under a belief.
func oddsHigh(_ belief: Belief) -> Double { belief.pHigh / belief.pLow }

/// Odds that an information event occurred: (π_B + π_G) / π_N.
func oddsEvent(_ belief: Belief) -> Double {
    let p = belief.probability
    return (p.bad + p.good) / p.noEvent
}
