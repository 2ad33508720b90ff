import Foundation
import ModelTestSupport
import Testing

@testable import PINModel

// When no day looks informed the likelihood's supremum is at α = 0, where PIN is 0 and μ, δ do
// not enter it. The no-event point's maximum-likelihood estimates are the sample means (Poisson),
// and its log-likelihood has a closed form:
//     ℓ₀ = Σ (B ln B̄ − B̄ − ln B!) + (S ln S̄ − S̄ − ln S!) = N(B̄ ln B̄ − B̄ + S̄ ln S̄ − S̄) − Σ ln(B!·S!).

private func noEventLogLikelihood(_ days: [TradingDay]) -> Double {
    let n = Double(days.count)
    let b = Double(days.reduce(0) { $0 + $1.buys }) / n
    let s = Double(days.reduce(0) { $0 + $1.sells }) / n
    let factorials = days.reduce(0.0) { $0 + lgamma(Double($1.buys) + 1) + lgamma(Double($1.sells) + 1) }
    return n * (b * log(b) - b + s * log(s) - s) - factorials
}

/// 200 identical days (40, 40): any mixture's likelihood at one point is at most its best
/// component's, so the maximum is one Poisson pair at the means: α = 0, PIN = 0, μ and δ free.
@Test func identicalDaysEstimateNoEventWithPINZero() throws {
    let days = [TradingDay](repeating: TradingDay(buys: 40, sells: 40), count: 200)
    let e = try PINEstimator.estimate(days)
    #expect(e.noEvent)
    #expect(e.pin == 0)
    #expect(e.parameters.alpha == 0)
    #expect(e.parameters.epsBuy == 40)
    #expect(e.parameters.epsSell == 40)
    #expect(e.notIdentified == [.delta, .mu])
    // 200·2·(40 ln 40 − 40) − 400 ln 40!.
    let closed = 400 * (40 * log(40.0) - 40) - 400 * lgamma(41.0)
    #expect(abs(e.logLikelihood - closed) <= 1e-9 * abs(closed))
    #expect(abs(e.noEventLogLikelihood - noEventLogLikelihood(days)) <= 1e-9 * abs(closed))
    // No search rose above it.
    for outcome in e.outcomes { #expect(outcome.logLikelihood <= e.logLikelihood + 1e-9 * abs(closed)) }
    // ε̂'s errors are those of a Poisson mean: √(ε̂/N) = √(40/200).
    #expect(isClose(e.standardErrors.of(.epsBuy), (40.0 / 200).squareRoot(), tol: 1e-12))
    #expect(isClose(e.standardErrors.of(.epsSell), (40.0 / 200).squareRoot(), tol: 1e-12))
    #expect(e.standardErrors.of(.mu) == nil && e.standardErrors.of(.delta) == nil && e.standardErrors.pin == nil)
    #expect(e.standardErrors.atBound == [.alpha])
}

/// 30 days of (1000, 10): no grid or cluster start survives (the refusal "no starting point gave a
/// finite log-likelihood" before); the no-event point is always there.
@Test func constantLopsidedDaysEstimateTheirMeans() throws {
    let days = [TradingDay](repeating: TradingDay(buys: 1000, sells: 10), count: 30)
    let e = try PINEstimator.estimate(days)
    #expect(e.noEvent)
    #expect(e.pin == 0)
    #expect(e.parameters.epsBuy == 1000 && e.parameters.epsSell == 10)
    // 30·(1000 ln 1000 − 1000 + 10 ln 10 − 10) − 30(ln 1000! + ln 10!).
    let closed = 30 * (1000 * log(1000.0) - 1000 + 10 * log(10.0) - 10) - 30 * (lgamma(1001.0) + lgamma(11.0))
    #expect(abs(e.logLikelihood - closed) <= 1e-9 * abs(closed))
}

/// Days with informed trading keep their interior estimate, above the no-event point, whose
/// log-likelihood is the closed form and agrees with the likelihood summed straight from its
/// definition at α = 0.
@Test func informedDaysStayAboveTheNoEventPoint() throws {
    let e = try PINEstimator.estimate(infoTradDays)
    #expect(!e.noEvent)
    #expect(e.notIdentified.isEmpty)
    let closed = noEventLogLikelihood(infoTradDays)
    #expect(abs(e.noEventLogLikelihood - closed) <= 1e-9 * abs(closed))
    let n = Double(infoTradDays.count)
    let means = pinParameters(
        0, 0.5, 10, Double(infoTradDays.reduce(0) { $0 + $1.buys }) / n,
        Double(infoTradDays.reduce(0) { $0 + $1.sells }) / n)
    #expect(abs(directLogSpaceLikelihood(infoTradDays, means) - closed) <= 1e-9 * abs(closed))
    #expect(e.logLikelihood > closed)
}
