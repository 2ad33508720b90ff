/// The primitives of the normal-value market: the prior of v, the informed share, uninformed
/// behaviour and the per-trade cost.
///
/// v ~ N(m, σ²). An arrival is informed with probability μ and knows v: it buys iff v > ask, sells
/// iff v < bid, and stays out between (an indifferent one does not trade). An uninformed arrival
/// buys with ε_b, sells with ε_s and stays out with 1 − ε_b − ε_s. The defaults (m = 100, σ = 4,
/// μ = 0.3, ε_b = ε_s = ½, c = 0) match the binary model's 96 / 104 with θ = ½, whose value also
/// has mean 100 and standard deviation 4.
public struct NormalParameters: Equatable, Sendable, UninformedDemand {
    /// m, the prior mean of v.
    public var mean: Double = 100
    /// σ, the prior standard deviation of v.
    public var sigma: Double = 4
    /// μ, the share of arrivals that are informed.
    public var mu: Double = 0.3
    /// ε_b, the probability that an uninformed arrival buys.
    public var epsBuy: Double = 0.5
    /// ε_s, the probability that an uninformed arrival sells.
    public var epsSell: Double = 0.5
    /// c, the per-trade cost added to the ask and taken off the bid.
    public var cost: Double = 0
    /// How uninformed demand answers the price (GM 1985 §3); off means inelastic.
    public var elastic: Elasticity = .off

    public init() {}

    /// A copy with one parameter changed, or the reason the change is refused.
    public func setting(_ name: NormalParameterName, to value: Double) throws(NormalParameterError) -> NormalParameters
    {
        guard name.row.admits(value) else {
            throw .outOfRange(name, value: value, accepted: name.accepted)
        }
        let copy = assigning(name, value)
        guard !UninformedShares.exceedOne(buy: copy.epsBuy, sell: copy.epsSell) else {
            throw .uninformedOverOne(epsBuy: copy.epsBuy, epsSell: copy.epsSell)
        }
        return copy
    }

    /// With a price-responsive uninformed share, the ε_b (ε_s) of these parameters scaled by the
    /// participation f (g) at a quote: those who decline join "no trade" (ε_none grows).
    public func participating(buy f: Double, sell g: Double) -> NormalParameters {
        var copy = self
        copy.epsBuy *= f
        copy.epsSell *= g
        return copy
    }
}

extension NormalParameters: ParameterSet {
    public static func row(_ name: NormalParameterName) -> ParameterTableRow<NormalParameterName> { name.row }

    public static func field(_ name: NormalParameterName) -> WritableKeyPath<NormalParameters, Double> {
        switch name {
        case .mean: \.mean
        case .sigma: \.sigma
        case .mu: \.mu
        case .gamma: \.alwaysTradingShare
        case .epsBuy: \.epsBuy
        case .epsSell: \.epsSell
        case .eps: \.equalShares
        case .cost: \.cost
        case .elastic: \.elasticCode
        }
    }
}

/// Why a parameter change was refused.
public enum NormalParameterError: Error, Equatable, Sendable {
    case outOfRange(NormalParameterName, value: Double, accepted: Interval)
    case uninformedOverOne(epsBuy: Double, epsSell: Double)
    /// The change would leave a side with no break-even quote (`NoQuote` says why).
    case quoteUndefined(Side, NoQuote)
}
