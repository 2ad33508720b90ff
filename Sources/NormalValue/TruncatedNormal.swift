import Foundation

/// The standard normal restricted to an interval [l, u): its mass, mean and variance, exact.
///
/// Mass Φ(u) − Φ(l), mean (φ(l) − φ(u))/mass, second moment 1 + (l·φ(l) − u·φ(u))/mass. To keep
/// relative precision in far tails every integral is taken relative to φ at an anchor end l ≥ 0
/// (mirrored for u ≤ 0), with q = φ(u)/φ(l) = e^(−w(u+l)/2), w = u − l, and R, A, B of
/// `StandardNormal`:
///
///     ∫_l^u φ / φ(l)          = R(l) − q·R(u)
///     ∫_l^u (z − l)·φ / φ(l)  = A(l) − q·(A(u) + w·R(u))
///     ∫_l^u (z − l)²·φ / φ(l) = B(l) − q·(B(u) + w·(2A(u) + w·R(u)))
///
/// A narrow interval (r = w·(|l| + w) ≤ 1), where those differences would cancel, is integrated
/// instead as ∫_0^w s^k·e^(−l·s − s²/2) ds by Gauss–Legendre, exact to rounding there: the n-point
/// rule's relative error on s²·e^(−l·s − s²/2) is about 3·C(2n, 2)·2·(n!)⁴/((2n+1)·((2n)!)³)·r^(2n−2),
/// under 10⁻¹³ with 4 points for r ≤ 0.1 and under 10⁻¹⁹ with 8 points for r ≤ 1. An interval
/// across 0 uses erf.
public struct TruncatedNormal: Equatable, Sendable {
    public let lower: Double
    public let upper: Double
    /// The end the mass is measured from: mass = φ(anchor)·e^(logRelativeMass).
    let anchor: Double
    let logRelativeMass: Double
    /// E[Z | l ≤ Z < u].
    public let mean: Double
    /// Var[Z | l ≤ Z < u].
    public let variance: Double

    /// log(Φ(u) − Φ(l)).
    public var logMass: Double { StandardNormal.logDensity(anchor) + logRelativeMass }

    /// log(mass of self / mass of other), without subtracting two large logarithms:
    /// −(a₁ − a₂)(a₁ + a₂)/2 + (r₁ − r₂).
    public func logMassRatio(to other: TruncatedNormal) -> Double {
        -0.5 * (anchor - other.anchor) * (anchor + other.anchor) + (logRelativeMass - other.logRelativeMass)
    }

    /// The standard normal on [lower, upper); lower < upper, either may be infinite.
    public init(_ lower: Double, _ upper: Double) {
        let w = upper - lower
        if lower.isFinite, w * (abs(lower) + w) <= 1 {
            let (m0, m1, m2) = Self.narrowMoments(from: lower, width: w)
            self.init(lower, upper, anchor: lower, relativeMass: m0, excess: m1 / m0, excessSquare: m2 / m0)
        } else if lower >= 0 {
            let (m0, m1, m2) = Self.upperMoments(lower, upper)
            self.init(lower, upper, anchor: lower, relativeMass: m0, excess: m1 / m0, excessSquare: m2 / m0)
        } else if upper <= 0 {
            // Mirror: Z on [l, u) is −Z on (−u, −l].
            let (m0, m1, m2) = Self.upperMoments(-upper, -lower)
            self.init(lower, upper, anchor: upper, relativeMass: m0, excess: -m1 / m0, excessSquare: m2 / m0)
        } else {
            self.init(straddling: lower, upper)
        }
    }

    /// From moments about the anchor: mean = anchor + E[Z − anchor], variance = E[(Z − anchor)²] − E[Z − anchor]².
    private init(
        _ lower: Double, _ upper: Double, anchor: Double, relativeMass: Double,
        excess: Double, excessSquare: Double
    ) {
        self.lower = lower
        self.upper = upper
        self.anchor = anchor
        logRelativeMass = log(relativeMass)
        mean = anchor + excess
        variance = max(0, excessSquare - excess * excess)
    }

    /// l < 0 < u: mass ½(erf(u/√2) − erf(l/√2)), no cancellation; φ(±∞)·(±∞) taken as 0.
    private init(straddling lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
        let k = 0.5.squareRoot()
        let mass = 0.5 * (erf(upper * k) - erf(lower * k))
        let phiL = StandardNormal.density(lower)
        let phiU = StandardNormal.density(upper)
        let lPhiL = lower.isFinite ? lower * phiL : 0
        let uPhiU = upper.isFinite ? upper * phiU : 0
        anchor = 0
        logRelativeMass = log(mass) - StandardNormal.logDensity(0)
        mean = (phiL - phiU) / mass
        variance = max(0, 1 + (lPhiL - uPhiU) / mass - mean * mean)
    }

    /// The three integrals of the summary for 0 ≤ l < u ≤ ∞, relative to φ(l).
    static func upperMoments(_ l: Double, _ u: Double) -> (Double, Double, Double) {
        let (rl, al, bl) = StandardNormal.tailRatios(l)
        if u == .infinity { return (rl, al, bl) }
        let w = u - l
        let q = exp(-0.5 * w * (u + l))
        let (ru, au, bu) = StandardNormal.tailRatios(u)
        return (rl - q * ru, al - q * (au + w * ru), bl - q * (bu + w * (2 * au + w * ru)))
    }

    /// ∫_0^w s^k·e^(−l·s − s²/2) ds for k = 0, 1, 2, by Gauss–Legendre on [0, w]: 4 points when
    /// w·(|l| + w) ≤ 0.1, else 8 (see the type's summary).
    static func narrowMoments(from l: Double, width w: Double) -> (Double, Double, Double) {
        var m0 = 0.0
        var m1 = 0.0
        var m2 = 0.0
        let half = 0.5 * w
        func add(_ s: Double, _ weight: Double) {
            let f = weight * exp(-s * (l + 0.5 * s))
            m0 += f
            m1 += f * s
            m2 += f * s * s
        }
        for (node, weight) in w * (abs(l) + w) <= 0.1 ? gaussLegendre4 : gaussLegendre8 {
            add(half * (1 - node), weight)
            add(half * (1 + node), weight)
        }
        return (m0 * half, m1 * half, m2 * half)
    }

    /// The positive nodes of 4-point Gauss–Legendre on [−1, 1] with their weights.
    static let gaussLegendre4: [(Double, Double)] = [
        (0.339_981_043_584_856_3, 0.652_145_154_862_546_1),
        (0.861_136_311_594_052_6, 0.347_854_845_137_453_9),
    ]

    /// The positive nodes of 8-point Gauss–Legendre on [−1, 1] with their weights.
    static let gaussLegendre8: [(Double, Double)] = [
        (0.183_434_642_495_649_8, 0.362_683_783_378_362_0),
        (0.525_532_409_916_329_0, 0.313_706_645_877_887_3),
        (0.796_666_477_413_626_7, 0.222_381_034_453_374_5),
        (0.960_289_856_497_536_3, 0.101_228_536_290_376_3),
    ]
}
