import ModelTestSupport
import Testing

@testable import MarketModel

// Shared helpers for the simulation tests. Expected numbers live in the tests, next to their derivations.

/// The model cases the tests sweep, each with what it exercises.
let modelCases: [(name: String, parameters: Parameters, truth: Truth?)] = [
    ("classic GM", params(), nil),
    ("GM, γ = 0.6, cost 0.1", params(mu: 0.4, epsBuy: 0.6, epsSell: 0.4, cost: 0.1), nil),
    // The simulate: with c = 0.5 the ask passes V_H once P(V_H) is high, and informed buyers stay out.
    ("cost past the value, μ = 0.6, c = 0.5", params(mu: 0.6, cost: 0.5), .high),
    // Easley–O'Hara with a cost and a tolerance: abstaining, withdrawn and no-event all at once.
    (
        "cost with α = 0.6, τ = 2.5",
        params(mu: 0.5, alpha: 0.6, epsBuy: 0.3, epsSell: 0.35, cost: 0.8, tolerance: 2.5), nil
    ),
    ("Easley–O'Hara with no-trades", params(alpha: 0.5, epsBuy: 0.25, epsSell: 0.25), nil),
    // Bid withdrawn at the opening (half-spreads ask 0.625, bid 0.870 > τ); sides close and reopen.
    ("tolerance, one side withdrawn", params(mu: 0.2, alpha: 0.5, epsBuy: 0.3, epsSell: 0.2, tolerance: 0.7), nil),
    // One side withdraws mid-session (γ ≠ ½ makes the half-spreads differ).
    ("GM, γ = 0.6, τ = 1.1", params(epsBuy: 0.6, epsSell: 0.4, tolerance: 1.1), nil),
    // The DESIGN's breakdown: V 100/110, μ = 0.3, τ = 1.2, closed at the opening (half-spread 1.5).
    ("closed at the opening", params(low: 100, high: 110, mu: 0.3, tolerance: 1.2), nil),
    // The market maker rules out "no event" (α = 1) but nature has none: only noise trades, so
    // buys − sells is a symmetric random walk and, with μ = 0.9, beliefs swing between near-certainty
    // in V_H and in V_L (each step is worth log 19 nats): saturation is entered and left again.
    ("wrong certainty, μ = 0.9", params(mu: 0.9), Truth.none),
]

/// A random market: values, prior, μ, α (1 or below), uninformed behaviour (always trading with
/// γ ≠ ½, or with no-trades), a cost up to a third of the value range, and a tolerance or none.
func randomMarket(_ rng: inout Xoshiro256) -> Parameters {
    func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * rng.nextUnit() }
    let low = uniform(-200, 200)
    let range = uniform(0.5, 40)
    let alwaysTrade = rng.nextUnit() < 0.5
    let epsBuy = alwaysTrade ? uniform(0.2, 0.8) : uniform(0.05, 0.6)
    let epsSell = alwaysTrade ? 1 - epsBuy : uniform(0.05, 1 - epsBuy)
    return params(
        low: low, high: low + range, prior: uniform(0.05, 0.95), mu: uniform(0.05, 0.9),
        alpha: rng.nextUnit() < 0.4 ? 1 : uniform(0.1, 0.95), epsBuy: epsBuy, epsSell: epsSell,
        cost: rng.nextUnit() < 0.15 ? 0 : uniform(0, range / 3),
        tolerance: rng.nextUnit() < 0.5 ? .infinity : uniform(0.1, 0.6) * range)
}

/// A market from edge values: μ at 0, tiny or near 1; α at 1, tiny or near 1; priors near 0 and 1;
/// uninformed traders always trading (γ from 0 to 1), never one side (ε = 0), or staying out;
/// ranges from 10^−3 to 10^4 around values up to ±10^6; no cost, a tiny one, or one past the range;
/// tolerance off, 0, tiny or wide.
func edgeMarket(_ rng: inout Xoshiro256) -> Parameters {
    func pick(_ choices: [Double]) -> Double { choices[Int(rng.next() % UInt64(choices.count))] }
    let range = pick([1e-3, 0.5, 4, 40, 1e4])
    let low = pick([-1e6, -200, 0, 99.5, 1e6 - 1e4])
    let (epsBuy, epsSell): (Double, Double)
    switch rng.next() % 4 {
    case 0:
        let gamma = pick([0, 0.2, 0.5, 0.8, 1])
        (epsBuy, epsSell) = (gamma, 1 - gamma)
    case 1: (epsBuy, epsSell) = rng.next() % 2 == 0 ? (0, pick([0.1, 0.5, 1])) : (pick([0.1, 0.5, 1]), 0)
    case 2: (epsBuy, epsSell) = (pick([0.01, 0.25, 0.49]), pick([0.01, 0.25, 0.5]))
    default: (epsBuy, epsSell) = (0.5, 0.5)
    }
    return params(
        low: low, high: low + range, prior: pick([0.001, 0.05, 0.5, 0.95, 0.999]),
        mu: pick([0, 1e-6, 0.3, 0.9, 0.99]), alpha: pick([1, 1, 0.999, 0.5, 0.01]),
        epsBuy: epsBuy, epsSell: epsSell,
        cost: pick([0, 0, 1e-3 * range, range / 3, 2 * range]),
        tolerance: pick([.infinity, .infinity, 0, 0.01 * range, 0.3 * range, 2 * range]))
}
