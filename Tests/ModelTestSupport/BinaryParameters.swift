import MarketModel

/// A binary-model parameter set built field by field. Every default is `Parameters()`'s own (the
/// shell's opening market), so a test states each value it relies on: DESIGN §2's hand check is
/// `params(low: 100)`.
public func params(
    low: Double = Parameters().low, high: Double = Parameters().high, prior: Double = Parameters().prior,
    mu: Double = Parameters().mu, alpha: Double = Parameters().alpha, epsBuy: Double = Parameters().epsBuy,
    epsSell: Double = Parameters().epsSell, cost: Double = Parameters().cost,
    tolerance: Double = Parameters().tolerance
) -> Parameters {
    var p = Parameters()
    p.low = low
    p.high = high
    p.prior = prior
    p.mu = mu
    p.alpha = alpha
    p.epsBuy = epsBuy
    p.epsSell = epsSell
    p.cost = cost
    p.tolerance = tolerance
    return p
}
