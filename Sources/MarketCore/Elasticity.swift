/// How uninformed demand answers the price (Glosten–Milgrom 1985 §3).
///
/// An uninformed arrival who wants to buy does so at ask a with probability
/// f = max(0, 1 − (a − E[V])/C), one who wants to sell at bid b with g = max(0, 1 − (E[V] − b)/C):
/// their reservation premium is uniform on [0, C]. A price on the right side of E[V] draws all of
/// them (f = 1). `value` takes C = E[V] at each quote, GM's eq. (9): reservation ρ·E[V] with ρ
/// uniform on [0, 2], a buyer being one with ρ > 1 (ε_b = ε_s = ½ is GM's own case). The binary
/// model (`MarketModel`) and the normal-value model (`NormalValue`) both read it.
public enum Elasticity: Equatable, Sendable {
    /// Inelastic demand: every uninformed arrival trades at any price (C = ∞).
    case off
    /// A fixed C > 0.
    case constant(Double)
    /// C = E[V] under the market maker's current belief.
    case value

    /// C at a quote whose E[V] is `expectedValue`; nil when off.
    public func scale(expectedValue: Double) -> Double? {
        switch self {
        case .off: nil
        case .constant(let c): c
        case .value: expectedValue
        }
    }

    /// The participation factor at a distance `x` from E[V] (x = a − E or E − b) with scale `c`:
    /// min(1, max(0, 1 − x/C)).
    /// With C ≤ 0 (`value` where E[V] ≤ 0) no one trades beyond E[V].
    public static func participation(distance x: Double, scale c: Double) -> Double {
        guard c > 0 else { return x <= 0 ? 1 : 0 }
        return min(1, max(0, 1 - x / c))
    }

    /// The number `set elastic` carries: +∞ for off, −∞ for value (typed numbers are finite), C.
    public var code: Double {
        switch self {
        case .off: .infinity
        case .constant(let c): c
        case .value: -.infinity
        }
    }

    /// The setting a code stands for (see `code`); nil for a number that is no C (≤ 0, NaN).
    public init?(code: Double) {
        if code == .infinity {
            self = .off
        } else if code == -.infinity {
            self = .value
        } else if code > 0 {
            self = .constant(code)
        } else {
            return nil
        }
    }
}
