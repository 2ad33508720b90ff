import Foundation
import ModelTestSupport
import Testing

@testable import PINModel

@Test func smallCountsMatchTheProductOfPoissonProbabilitiesInDouble() {
    // Direct: P(B, S) = Σ π·e^{−λ_B}λ_B^B/B!·e^{−λ_S}λ_S^S/S!, each factor computed with pow and a
    // factorial by multiplication; counts ≤ 20 so nothing underflows.
    let p = pinParameters(0.3, 0.6, 4.5, 2.5, 3.5)
    func factorial(_ k: Int) -> Double { (0..<k).reduce(1.0) { $0 * Double($1 + 1) } }
    func poisson(_ k: Int, _ lambda: Double) -> Double { exp(-lambda) * pow(lambda, Double(k)) / factorial(k) }
    var days: [TradingDay] = []
    var direct = 0.0
    for (b, s) in [(0, 0), (3, 2), (1, 9), (12, 2), (20, 20), (0, 7)] {
        let day = TradingDay(buys: b, sells: s)
        days.append(day)
        let probability =
            0.7 * poisson(b, 2.5) * poisson(s, 3.5) + 0.3 * 0.6 * poisson(b, 2.5) * poisson(s, 8.0)
            + 0.3 * 0.4 * poisson(b, 7.0) * poisson(s, 3.5)
        #expect(isClose(DayBayes(day: day, parameters: p).logLikelihood, log(probability)))
        #expect(isClose(PINSample([day]).logLikelihood(p), log(probability)))
        direct += log(probability)
    }
    #expect(isClose(PINSample(days).logLikelihood(p), direct))
}

@Test func largeDaysStayFiniteAndAgreeWithALogSpaceSum() {
    // 10⁴ to 10⁶ trades a day: e^{−λ}λ^B/B! underflows to 0 in Double, so the direct product gives
    // ln 0 = −∞, while the Lin–Ke form stays finite and matches the log-space sum.
    let p = pinParameters(0.45, 0.35, 6_000, 12_000, 15_000)
    let days = [
        TradingDay(buys: 12_100, sells: 21_200), TradingDay(buys: 18_050, sells: 14_900),
        TradingDay(buys: 11_800, sells: 15_100), TradingDay(buys: 1_000_000, sells: 980_000),
        TradingDay(buys: 10_000, sells: 10_000),
    ]
    let lambda = 12_000.0
    #expect(exp(-lambda) * pow(lambda, 12_100) == 0 || !(exp(-lambda) * pow(lambda, 12_100)).isFinite)
    let factorised = PINSample(days).logLikelihood(p)
    let direct = directLogSpaceLikelihood(days, p)
    #expect(factorised.isFinite)
    #expect(isRelativelyClose(factorised, direct, tol: 1e-12))
    for day in days {
        // Each day's log-likelihood is a difference of terms of size B·ln B + S·ln S (≈ 2.8·10⁷ for
        // the day of a million trades, whose result is ≈ −13): both agree to rounding of that size.
        let step = DayBayes(day: day, parameters: p)
        let (b, s) = (Double(day.buys), Double(day.sells))
        let scale = b * log(b) + s * log(s)
        #expect(step.logLikelihood.isFinite)
        #expect(abs(step.logLikelihood - directLogSpaceLikelihood([day], p)) <= 1e-14 * scale)
        #expect(isClose(step.rows.map(\.posterior).reduce(0, +), 1))
    }
}

@Test func aDayImpossibleUnderEveryTypeHasNoLikelihoodButACorner() {
    // α = 0: only no-news days exist, the other rows have prior 0 and posterior 0.
    let p = pinParameters(0, 0.5, 40, 30, 30)
    let step = DayBayes(day: TradingDay(buys: 30, sells: 90), parameters: p)
    #expect(step.row(.none).posterior == 1)
    #expect(step.row(.bad).posterior == 0)
    #expect(step.row(.bad).logJoint == -.infinity)
    #expect(isClose(step.logLikelihood, directLogSpaceLikelihood([TradingDay(buys: 30, sells: 90)], p)))
}

@Test(arguments: [(0.35, 0.4, 55.0, 30.0, 45.0), (0.8, 0.1, 300.0, 900.0, 700.0), (0.05, 0.95, 3.0, 0.5, 1.5)])
func analyticGradientAndHessianMatchFiniteDifferences(point: (Double, Double, Double, Double, Double)) {
    // Central differences of the library's own log-likelihood (for the gradient) and of its
    // analytic gradient (for the Hessian), step h·max(1, |θ_i|).
    var rng = Xoshiro256(seed: 5)
    let truth = pinParameters(point.0, point.1, point.2, point.3, point.4)
    let days = DrawnDay.draw(40, truth, truth: .drawn, using: &rng).map(\.day)
    let sample = PINSample(days)
    let theta = [point.0, point.1, point.2, point.3, point.4]
    func parameters(_ t: [Double]) -> PINParameters { pinParameters(t[0], t[1], t[2], t[3], t[4]) }
    func at(_ t: [Double]) -> LikelihoodDerivatives {
        sample.derivatives(at: UnconstrainedPoint(parameters(t)))
    }
    let d = at(theta)
    #expect(isRelativelyClose(d.logLikelihood, sample.logLikelihood(truth), tol: 1e-12))
    for i in 0..<5 {
        let h = 1e-5 * max(1, abs(theta[i])) * min(1, theta[i])
        var up = theta
        var down = theta
        up[i] += h
        down[i] -= h
        let numeric = (sample.logLikelihood(parameters(up)) - sample.logLikelihood(parameters(down))) / (2 * h)
        #expect(abs(d.gradient[i] - numeric) <= 1e-5 * max(1, abs(numeric)), "∂/∂θ\(i)")
        let gUp = at(up).gradient
        let gDown = at(down).gradient
        for j in 0..<5 {
            let numericH = (gUp[j] - gDown[j]) / (2 * h)
            #expect(abs(d.hessian[i * 5 + j] - numericH) <= 1e-5 * max(1, abs(numericH)), "∂²/∂θ\(i)∂θ\(j)")
        }
    }
}
