import Foundation
import ModelTestSupport
import Testing

@testable import NormalValue

/// ∫_l^u (z − c)^k·e^(−(z² − c²)/2) dz for k = 0, 1, 2 by composite Simpson with n (even) panels:
/// the moments of φ on [l, u] about c, relative to φ(c), computed with no Mills ratio and no erf.
func simpsonMoments(_ l: Double, _ u: Double, anchor c: Double, panels n: Int = 200_000) -> (Double, Double, Double) {
    let h = (u - l) / Double(n)
    var m0 = 0.0
    var m1 = 0.0
    var m2 = 0.0
    for i in 0...n {
        let z = l + Double(i) * h
        let w = (i == 0 || i == n) ? 1.0 : (i % 2 == 1 ? 4.0 : 2.0)
        let f = w * exp(-0.5 * (z - c) * (z + c))
        m0 += f
        m1 += f * (z - c)
        m2 += f * (z - c) * (z - c)
    }
    return (m0 * h / 3, m1 * h / 3, m2 * h / 3)
}

@Test func continuedFractionAgreesWithErfcWhereBothHold() {
    for z in [10.0, 15, 20, 24] {
        let cf = StandardNormal.continuedFraction(z)
        let r = upperTailByErfc(z) / densityByFormula(z)
        #expect(isRelativelyClose(cf.r, r, tol: 1e-13))
        // A = 1 − z·R and B = (1 + z²)·R − z from the erfc value, which cancel by about z²·ulp.
        #expect(isRelativelyClose(cf.a, 1 - z * r, tol: 1e-10))
        #expect(isRelativelyClose(cf.b, (1 + z * z) * r - z, tol: 1e-7))
    }
}

@Test func farUpperTailMatchesTheAsymptoticSeries() {
    // log Φ̄(z) = log φ(z) − log z + log(1 − 1/z² + 3/z⁴ − 15/z⁶ + 105/z⁸ − …), error below 945/z¹⁰.
    for z in [40.0, 100, 470] {
        let series = 1 - 1 / (z * z) + 3 / pow(z, 4) - 15 / pow(z, 6) + 105 / pow(z, 8)
        let expected = -z * z / 2 - 0.5 * log(2 * Double.pi) - log(z) + log(series)
        #expect(isRelativelyClose(StandardNormal.logUpperTail(z), expected, tol: 1e-14))
    }
    // Below 25 it is erfc's own value; at −3 the lower branch log(1 − Φ̄(3)).
    #expect(isRelativelyClose(StandardNormal.logUpperTail(2), log(upperTailByErfc(2)), tol: 1e-14))
    #expect(isRelativelyClose(StandardNormal.logUpperTail(-3), log1p(-upperTailByErfc(3)), tol: 1e-14))
}

@Test func inverseMillsRatioIsTheMeanOfTheUpperTail() {
    for z in [-2.0, 0, 0.436327, 3] {
        #expect(
            isRelativelyClose(StandardNormal.inverseMillsRatio(z), densityByFormula(z) / upperTailByErfc(z), tol: 1e-13)
        )
    }
    // λ(z) = z + 1/z − 2/z³ + 10/z⁵ − …: at z = 1000 the series is exact to 10⁻¹⁹.
    #expect(isRelativelyClose(StandardNormal.inverseMillsRatio(1000), 1000 + 1e-3 - 2e-9 + 1e-14, tol: 1e-15))
}

@Test(arguments: [
    (0.3, 1.7, 0.3), (-2.0, -0.5, -0.5), (-0.4, 0.9, 0.0), (5.0, 5.001, 5.0), (-3.0, -2.9995, -2.9995),
    (3.0, 43.0, 3.0), (-43.0, -6.0, -6.0), (30.0, 30.05, 30.0), (30.0, 31.0, 30.0), (-0.001, 0.002, 0.0),
    (2.0, 2.3, 2.0), (-1.2, -0.7, -1.2),
])
func truncatedMomentsAgreeWithSimpson(l: Double, u: Double, anchor: Double) {
    // Upper ends 43 and lower −43 stand for ±∞: beyond them φ/φ(anchor) < e^(−900).
    let cell = TruncatedNormal(l == -43 ? -.infinity : l, u == 43 ? .infinity : u)
    let (m0, m1, m2) = simpsonMoments(l, u, anchor: anchor)
    let mean = anchor + m1 / m0
    let variance = m2 / m0 - (m1 / m0) * (m1 / m0)
    #expect(isRelativelyClose(cell.logMass, StandardNormal.logDensity(anchor) + log(m0), tol: 1e-11))
    #expect(isClose(cell.mean, mean, tol: 1e-11))
    #expect(isRelativelyClose(cell.variance, variance, tol: 1e-9))
}

@Test func wholeLineAndFarTailCells() {
    let whole = TruncatedNormal(-.infinity, .infinity)
    #expect(whole.logMass == 0 || abs(whole.logMass) < 1e-16)
    #expect(whole.mean == 0)
    #expect(isClose(whole.variance, 1, tol: 1e-15))
    // [l, ∞) at l = 1000: mean λ(l) = l + 1/l − 2/l³ + …, variance 1 − λ(λ − l) = 1/l² − 6/l⁴ + O(l⁻⁶),
    // which a naive 1 + l·λ − λ² would get to only about 10⁻¹⁰ absolute, i.e. 10⁻⁴ relative.
    let tail = TruncatedNormal(1000, .infinity)
    #expect(isRelativelyClose(tail.mean, 1000 + 1e-3 - 2e-9, tol: 1e-15))
    #expect(isRelativelyClose(tail.variance, 1e-6 - 6e-12, tol: 1e-9))
    // The mirror image below −1000.
    let lower = TruncatedNormal(-.infinity, -1000)
    #expect(lower.mean == -tail.mean)
    #expect(lower.variance == tail.variance)
}
