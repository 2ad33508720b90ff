import Testing
@testable import MarketModel

// Shared helpers for the model tests. Every expected number lives in the test that uses it,
// next to its hand derivation; these only build inputs and compare.

/// |actual − expected| ≤ tol·max(1, |expected|): absolute for probabilities, relative for prices.
func isClose(_ actual: Double?, _ expected: Double, tol: Double = 1e-12) -> Bool {
    guard let actual, actual.isFinite else { return false }
    return abs(actual - expected) <= tol * max(1, abs(expected))
}

/// A parameter set built field by field (the defaults are DESIGN §2's hand check).
func params(
    low: Double = 100, high: Double = 104, prior: Double = 0.5, mu: Double = 0.3,
    alpha: Double = 1, epsBuy: Double = 0.5, epsSell: Double = 0.5,
    cost: Double = 0, tolerance: Double = .infinity
) -> Parameters {
    var p = Parameters()
    p.low = low; p.high = high; p.prior = prior; p.mu = mu; p.alpha = alpha
    p.epsBuy = epsBuy; p.epsSell = epsSell; p.cost = cost; p.tolerance = tolerance
    return p
}

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
