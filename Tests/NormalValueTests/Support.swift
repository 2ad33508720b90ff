import Foundation
import Testing

@testable import NormalValue

// Shared helpers for the normal-model tests. Every expected number lives in the test that uses
// it, computed there; these only build inputs and compare.

/// A parameter set built field by field (defaults: the standard normal, μ = ½, ε_b = ε_s = ½).
func normal(
    mean: Double = 0, sigma: Double = 1, mu: Double = 0.5, epsBuy: Double = 0.5, epsSell: Double = 0.5,
    cost: Double = 0
) -> NormalParameters {
    var p = NormalParameters()
    p.mean = mean
    p.sigma = sigma
    p.mu = mu
    p.epsBuy = epsBuy
    p.epsSell = epsSell
    p.cost = cost
    return p
}

/// Φ̄(z) straight from Foundation's erfc: the closed form the tests check the library against.
func upperTailByErfc(_ z: Double) -> Double { 0.5 * erfc(z / 2.0.squareRoot()) }

/// φ(z) straight from its formula.
func densityByFormula(_ z: Double) -> Double { exp(-z * z / 2) / (2 * Double.pi).squareRoot() }

/// The root of an increasing function on [low, high] by bisection to the last bit.
func bisect(_ low: Double, _ high: Double, _ f: (Double) -> Double) -> Double {
    var lo = low
    var hi = high
    precondition(f(lo) <= 0 && f(hi) >= 0, "bisection needs a bracket")
    while true {
        let mid = 0.5 * (lo + hi)
        if mid <= lo || mid >= hi { return mid }
        if f(mid) < 0 { lo = mid } else { hi = mid }
    }
}
