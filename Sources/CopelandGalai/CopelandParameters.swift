/// The primitives of Copeland and Galai's (1983) single-period dealer, with a uniform value and
/// uniform reservation premiums.
///
/// Nature draws the asset's value once per market, V ~ U[m − w, m + w]; the dealer knows only its
/// law. Each arrival is informed with probability π: she knows V, buys if V > ask, sells if
/// V < bid, and passes otherwise. Otherwise she is a liquidity trader who wants to buy or to sell
/// (probability ½ each) and pays at most u ~ U[0, C] above m (or takes at least m − u): at the
/// half-spread x she trades when u ≥ x, with probability 1 − x/C for 0 ≤ x ≤ C and 0 beyond.
/// The defaults (m = 100, w = 2, π = 0.2, C = 1) open the market at x* = 10/17 ≈ 0.588; the market
/// shuts from π = C/(2w − C) = 1/3 on (`CopelandOptimum`).
public struct CopelandParameters: Equatable, Sendable {
    /// m, the middle of the value's range and its expected value.
    public var mean: Double = 100
    /// w, the half-width of the value's range: V ~ U[m − w, m + w].
    public var width: Double = 2
    /// π, the probability that an arrival is informed.
    public var pi: Double = 0.2
    /// C, the largest premium over m a liquidity trader pays (or discount under m she accepts).
    public var premium: Double = 1

    public init() {}

    /// The four parameters at once, unchecked (a test's or a study's fixed set); `setting` checks.
    public init(mean: Double, width: Double, pi: Double, premium: Double) {
        self.mean = mean
        self.width = width
        self.pi = pi
        self.premium = premium
    }

    /// The values V can take, [m − w, m + w].
    public var valueRange: Interval { Interval(mean - width, mean + width) }

    /// A copy with one parameter changed, or the reason the change is refused.
    public func setting(_ name: CopelandParameterName, to value: Double) throws(CopelandError) -> CopelandParameters {
        let accepted = name.accepted
        guard accepted.contains(value) else { throw .outOfRange(name, value: value, accepted: accepted) }
        return assigning(name, value)
    }

    /// Throws for the first parameter outside its row's interval, the error `setting` would give;
    /// returns when all four are accepted (for a set built with the unchecked initializer).
    public func validate() throws(CopelandError) {
        for name in CopelandParameterName.allCases where !name.accepted.contains(self[name]) {
            throw .outOfRange(name, value: self[name], accepted: name.accepted)
        }
    }
}

extension CopelandParameters: ParameterSet {
    public static func row(_ name: CopelandParameterName) -> CopelandParameterRow { name.row }

    public static func field(_ name: CopelandParameterName) -> WritableKeyPath<CopelandParameters, Double> {
        switch name {
        case .mean: \.mean
        case .width: \.width
        case .pi: \.pi
        case .premium: \.premium
        }
    }
}
