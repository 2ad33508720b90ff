import Foundation
import ModelTestSupport
import Testing

@testable import KyleModel

// Kyle (1985), Theorem 2, checked against closed forms and against the theorem's own equations.

@Test(arguments: [kyle(sigma: 4, noiseSD: 8, auctions: 1), kyle(mean: -3, sigma: 0.5, noiseSD: 30, auctions: 1)])
func oneShotClosedForms(_ p: KyleParameters) throws {
    // One auction: λ = σ_v/(2σ_u), β = σ_u/σ_v, Σ₁ = Σ₀/2, expected profit σ_uσ_v/2.
    let plan = KylePlan(p)
    let auction = try #require(plan.auctions.first)
    #expect(plan.auctions.count == 1 && auction.n == 1)
    #expect(isRelativelyClose(auction.lambda, p.sigma / (2 * p.noiseSD)))
    #expect(isRelativelyClose(auction.beta, p.noiseSD / p.sigma))
    #expect(isRelativelyClose(auction.sigma2, p.sigma * p.sigma / 2))
    #expect(isRelativelyClose(plan.expectedProfit, p.noiseSD * p.sigma / 2))
    #expect(auction.alpha == 0 && auction.delta == 0)
    // α₀ = 1/(4λ): the insider expects (v − p₀)²/(4λ) given v.
    #expect(isRelativelyClose(plan.alpha0, 1 / (4 * auction.lambda)))
}

@Test func twoAuctionsMatchTheClosedFormCubicRoot() throws {
    // N = 2, Σ₀ = 1, σ_u² = 2 (unit noise variance per auction). With α₂ = 0 the cubic for
    // auction 1 in w₁ = 1 − 2α₁λ₁ is (1 − w)²(1 + w) = w, i.e. w³ − w² − 2w + 1 = 0, whose roots are
    // −2·cos(2πk/7), k = 1, 2, 3 (the negatives of the roots of x³ + x² − 2x − 1, the minimal
    // polynomial of 2cos(2π/7)); the one in (0, 1) is −2cos(4π/7) = 2cos(3π/7).
    let w1 = 2 * cos(3 * Double.pi / 7)
    #expect(abs(w1 * w1 * w1 - w1 * w1 - 2 * w1 + 1) < 1e-15)
    // Σ₁ = Σ₀/(1 + w₁), Σ₂ = Σ₁/2, λ₂ = √(Σ₂/(2σ_u²Δt)), λ₁ = √(w₁Σ₁/((1 + w₁)σ_u²Δt)).
    let sigma1 = 1 / (1 + w1)
    let sigma2 = sigma1 / 2
    let lambda2 = (sigma2 / 2).squareRoot()
    let lambda1 = (w1 * sigma1 / (1 + w1)).squareRoot()
    let plan = KylePlan(kyle(mean: 0, sigma: 1, noiseSD: 2.0.squareRoot(), auctions: 2))
    #expect(isRelativelyClose(plan.auctions[0].sigma2, sigma1, tol: 1e-14))
    #expect(isRelativelyClose(plan.auctions[1].sigma2, sigma2, tol: 1e-14))
    #expect(isRelativelyClose(plan.auctions[0].lambda, lambda1, tol: 1e-14))
    #expect(isRelativelyClose(plan.auctions[1].lambda, lambda2, tol: 1e-14))
    // The four-digit figures.
    #expect(abs(lambda1 - 0.4617) < 5e-5 && abs(lambda2 - 0.4159) < 5e-5)
    #expect(abs(sigma1 - 0.6920) < 5e-5 && abs(sigma2 - 0.3460) < 5e-5)
}

@Test func twoAuctionsMatchAShootingSolutionOfTheOriginalEquations() throws {
    // A different method, on Theorem 2's equations as Kyle writes them: guess Σ₂, go back to
    // auction 2 (α₂ = 0: λ₂ = √(Σ₂/(2σ_u²Δt)), α₁ = 1/(4λ₂)), then forward from Σ₀ to auction 1
    // (Σ₁ = 2Σ₂ since Σ₂ = (1 − β₂λ₂Δt)Σ₁ = Σ₁/2; β₁ from Σ₁ = (1 − β₁λ₁Δt)Σ₀ and λ₁ = β₁Σ₁/σ_u²),
    // and bisect Σ₂ until the insider's first-order condition for auction 1,
    // β₁Δt·2λ₁(1 − α₁λ₁) = 1 − 2α₁λ₁, holds.
    let sigma0 = 1.0
    let noise = 2.0
    let dt = 0.5
    func auction1(_ s2: Double) -> (lambda1: Double, residual: Double) {
        let lambda2 = (s2 / (2 * noise * dt)).squareRoot()
        let alpha1 = 1 / (4 * lambda2)
        let s1 = 2 * s2
        let beta1 = ((1 - s1 / sigma0) * noise / (s1 * dt)).squareRoot()
        let lambda1 = beta1 * s1 / noise
        return (lambda1, beta1 * dt * 2 * lambda1 * (1 - alpha1 * lambda1) - (1 - 2 * alpha1 * lambda1))
    }
    // Σ₂ ∈ (Σ₀/4, Σ₀/2): at Σ₀/2 the first auction reveals nothing (β₁ = 0, residual −1 + …).
    var low = sigma0 / 4
    var high = sigma0 / 2
    let lowSign = auction1(low).residual > 0
    #expect(lowSign != (auction1(high * (1 - 1e-12)).residual > 0))
    for _ in 0..<200 {
        let mid = 0.5 * (low + high)
        if (auction1(mid).residual > 0) == lowSign { low = mid } else { high = mid }
    }
    let s2 = 0.5 * (low + high)
    let plan = KylePlan(kyle(mean: 0, sigma: sigma0.squareRoot(), noiseSD: noise.squareRoot(), auctions: 2))
    #expect(isRelativelyClose(plan.auctions[1].sigma2, s2, tol: 1e-12))
    #expect(isRelativelyClose(plan.auctions[0].sigma2, 2 * s2, tol: 1e-12))
    #expect(isRelativelyClose(plan.auctions[0].lambda, auction1(s2).lambda1, tol: 1e-10))
    #expect(isRelativelyClose(plan.auctions[1].lambda, (s2 / (2 * noise * dt)).squareRoot(), tol: 1e-12))
}

@Test(arguments: [1, 2, 3, 7, 40, 1000])
func everyEquationOfTheoremTwoHolds(_ n: Int) {
    for p in [kyle(auctions: n), kyle(mean: 5, sigma: 0.3, noiseSD: 17, auctions: n)] {
        let plan = KylePlan(p)
        let dt = p.interval
        let su2 = p.noiseVariance
        var sigmaBefore = p.priorVariance
        for (index, a) in plan.auctions.enumerated() {
            #expect(a.n == index + 1)
            #expect(isRelativelyClose(a.sigma2Before, sigmaBefore, tol: 1e-13))
            // β_nΔt = (1 − 2α_nλ_n)/(2λ_n(1 − α_nλ_n)); λ_n = β_nΣ_n/σ_u²; Σ_n = (1 − β_nλ_nΔt)Σ_{n−1}.
            let al = a.alpha * a.lambda
            #expect(isRelativelyClose(a.beta * dt, (1 - 2 * al) / (2 * a.lambda * (1 - al)), tol: 1e-10))
            #expect(isRelativelyClose(a.lambda, a.beta * a.sigma2 / su2, tol: 1e-13))
            #expect(isRelativelyClose(a.sigma2, (1 - a.beta * a.lambda * dt) * sigmaBefore, tol: 1e-12))
            // The second-order condition λ_n(1 − α_nλ_n) > 0.
            #expect(a.lambda * (1 - al) > 0)
            // α_{n−1} = 1/(4λ_n(1 − α_nλ_n)), δ_{n−1} = δ_n + α_nλ_n²σ_u²Δt.
            let alphaBefore = index == 0 ? plan.alpha0 : plan.auctions[index - 1].alpha
            let deltaBefore = index == 0 ? plan.delta0 : plan.auctions[index - 1].delta
            #expect(isRelativelyClose(alphaBefore, 1 / (4 * a.lambda * (1 - al)), tol: 1e-12))
            #expect(isClose(deltaBefore, a.delta + a.alpha * a.lambda * a.lambda * su2 * dt, tol: 1e-12))
            sigmaBefore = a.sigma2
        }
        // α_N = δ_N = 0.
        #expect(plan.auctions.last?.alpha == 0 && plan.auctions.last?.delta == 0)
        // The day's expected profit is the sum of the auctions' E[x_n(v − p_n)] = β_nΔtΣ_n.
        let sum = (1...n).reduce(0.0) { $0 + plan.expectedProfit(ofAuction: $1) }
        #expect(isRelativelyClose(plan.expectedProfit, sum, tol: 1e-11))
    }
}

@Test func theTerminalVarianceIsLinearInTheFirstAndScalesWithThePrice() {
    // The cubics do not involve Σ_N, so Σ_N/Σ₀ depends on N alone: the same for any σ_v and σ_u.
    // Scaling prices by s scales λ by s and β by 1/s; scaling quantities (σ_u) by q scales λ by
    // 1/q, β by q; the profit scales by s·q.
    let base = KylePlan(kyle(sigma: 1, noiseSD: 1, auctions: 12))
    let scaled = KylePlan(kyle(sigma: 3, noiseSD: 5, auctions: 12))
    #expect(isRelativelyClose(scaled.finalVariance / 9, base.finalVariance, tol: 1e-13))
    for (a, b) in zip(base.auctions, scaled.auctions) {
        #expect(isRelativelyClose(b.lambda, a.lambda * 3 / 5, tol: 1e-13))
        #expect(isRelativelyClose(b.beta, a.beta * 5 / 3, tol: 1e-13))
    }
    #expect(isRelativelyClose(scaled.expectedProfit, base.expectedProfit * 15, tol: 1e-13))
}

@Test func moreAuctionsRaiseTheProfitTowardSigmaUSigmaVAndRevealMore() {
    // Kyle's continuous limit: the insider's profit rises toward σ_uσ_v (= 2 here, from σ_uσ_v/2 at
    // N = 1) and Σ_N falls toward 0 — monotonically in N. With few auctions prices do not reveal v.
    let p = kyle(sigma: 1, noiseSD: 2)
    var previous = KylePlan(kyle(sigma: 1, noiseSD: 2, auctions: 1))
    for n in 2...200 {
        let plan = KylePlan(kyle(sigma: p.sigma, noiseSD: p.noiseSD, auctions: n))
        #expect(plan.expectedProfit > previous.expectedProfit)
        #expect(plan.expectedProfit < p.sigma * p.noiseSD)
        #expect(plan.finalVariance < previous.finalVariance)
        previous = plan
    }
    let many = KylePlan(kyle(sigma: 1, noiseSD: 2, auctions: 1000))
    #expect(many.expectedProfit > 0.99 * p.sigma * p.noiseSD)
    #expect(many.finalVariance < 0.005 * p.priorVariance)
    // At N = 2 a third of the prior variance is still there: Σ₂/Σ₀ = 1/(2(1 + 2cos(3π/7))) ≈ 0.346.
    #expect(KylePlan(kyle(auctions: 2)).finalVariance > 0.3 * kyle().priorVariance)
}

@Test(arguments: [1.0, 0.5, 1e-3, 1e-9])
func theCubicRootIsTheUniqueZeroInTheUnitInterval(_ a: Double) {
    let w = InsiderCubic.root(next: a)
    #expect(w > 0 && w < 1)
    // |h′| ≥ 1, so |h(w)| bounds the error in w.
    #expect(abs(InsiderCubic.residual(w, next: a)) <= 4 * Double.ulpOfOne * max(w, a))
    #expect(InsiderCubic.residual(w * (1 - 1e-9), next: a) > 0)
    #expect(InsiderCubic.residual(w * (1 + 1e-9), next: a) < 0)
}
