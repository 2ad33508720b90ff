/// Parameters of a market whose uninformed arrivals buy with ε_b, sell with ε_s and stay out
/// otherwise, possibly answering the price (the binary and the normal-value models): what follows
/// from the two shares is written once here.
public protocol UninformedDemand {
    /// ε_b, the probability that an uninformed arrival buys.
    var epsBuy: Double { get set }
    /// ε_s, the probability that an uninformed arrival sells.
    var epsSell: Double { get set }
    /// How uninformed demand answers the price (GM 1985 §3); off means inelastic.
    var elastic: Elasticity { get set }
}

extension UninformedDemand {
    /// γ when uninformed traders always trade (ε_b + ε_s = 1, decided as `UninformedShares` says),
    /// otherwise nil.
    public var gamma: Double? { UninformedShares.alwaysTrade(buy: epsBuy, sell: epsSell) ? epsBuy : nil }

    /// 1 − ε_b − ε_s, the probability that an uninformed arrival stays out: exactly 0 when the typed
    /// shares add up to 1 (`UninformedShares`).
    public var epsNone: Double { UninformedShares.stayOut(buy: epsBuy, sell: epsSell) }

    /// `set gamma`: reads ε_b; writes ε_b = γ and ε_s = 1 − γ.
    public var alwaysTradingShare: Double {
        get { epsBuy }
        set { (epsBuy, epsSell) = (newValue, 1 - newValue) }
    }

    /// `set eps`: reads ε_b; writes ε_b = ε_s = ε.
    public var equalShares: Double {
        get { epsBuy }
        set { (epsBuy, epsSell) = (newValue, newValue) }
    }

    /// `set elastic`: reads `Elasticity.code`; writes the elasticity a code stands for (off otherwise).
    public var elasticCode: Double {
        get { elastic.code }
        set { elastic = Elasticity(code: newValue) ?? .off }
    }
}
