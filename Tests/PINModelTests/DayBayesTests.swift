import Foundation
import ModelTestSupport
import Testing

@testable import PINModel

@Test func manySellsAndNormalBuysMakeBadNewsLikeliest() {
    // α = 0.4, δ = ½, μ = 40, ε = 30: a day of 30 buys and 70 sells. The likelihood ratio of bad
    // to no news is (70/30)^70·e^{−40} (the buys cancel), of good to bad (70/30)^{30−70}: written
    // here in logs and turned into the posterior by hand.
    let p = pinParameters(0.4, 0.5, 40, 30, 30)
    let step = DayBayes(day: TradingDay(buys: 30, sells: 70), parameters: p)
    let badOverNone = 70 * log(70.0 / 30) - 40
    let goodOverNone = 30 * log(70.0 / 30) - 40
    let weights = [0.6, 0.2 * exp(badOverNone), 0.2 * exp(goodOverNone)]
    let total = weights.reduce(0, +)
    #expect(step.mostLikely == .bad)
    for (row, w) in zip(step.rows, weights) { #expect(isClose(row.posterior, w / total)) }
    #expect(isClose(step.eventPosterior, (weights[1] + weights[2]) / total))
    // Each row's log-likelihood is two Poisson log terms.
    let none = step.row(.none)
    let expected = 30 * log(30.0) - 30 - lgamma(31) + 70 * log(30.0) - 30 - lgamma(71)
    #expect(isClose(none.logLikelihood, expected))
    #expect(isClose(none.logJoint, log(0.6) + expected))
}

@Test func theOpeningSpreadIsPINTimesTheValueRangeWhenNewsIsEvenAndFlowSymmetric() {
    // δ = ½, ε_b = ε_s = ε: ask − V* = α/2·μ·ΔV/2 / (ε + αμ/2), so spread = αμ/(αμ + 2ε)·ΔV.
    for (alpha, mu, eps) in [(0.4, 40.0, 30.0), (0.9, 5.0, 100.0), (0.1, 300.0, 20.0)] {
        var p = pinParameters(alpha, 0.5, mu, eps, eps)
        p.low = 95
        p.high = 105
        let quote = EKOPQuote.opening(p)!
        #expect(isClose(quote.spread, p.pin * 10))
        #expect(isClose(quote.mean, 100))
        #expect(isClose(quote.ask - 100, 100 - quote.bid))
    }
}

@Test func quotesComeFromTheRateWeightedValues() {
    // δ = 0.3, ε_b = 20, ε_s = 50, μ = 60, α = 0.5, values 90 / 110 (V* = 0.3·90 + 0.7·110 = 104):
    // ask = (0.5·20·104 + 0.15·20·90 + 0.35·80·110) / (0.5·20 + 0.15·20 + 0.35·80), bid alike with
    // sell rates 50, 110, 50.
    var p = pinParameters(0.5, 0.3, 60, 20, 50)
    p.low = 90
    p.high = 110
    let quote = EKOPQuote.opening(p)!
    let ask = (0.5 * 20 * 104 + 0.15 * 20 * 90 + 0.35 * 80 * 110) / (0.5 * 20 + 0.15 * 20 + 0.35 * 80)
    let bid = (0.5 * 50 * 104 + 0.15 * 110 * 90 + 0.35 * 50 * 110) / (0.5 * 50 + 0.15 * 110 + 0.35 * 50)
    #expect(isClose(quote.ask, ask))
    #expect(isClose(quote.bid, bid))
    #expect(isClose(quote.mean, 0.5 * 104 + 0.15 * 90 + 0.35 * 110))
    // After a day, the quotes come from the posterior: a clearly bad day pulls both toward 90.
    let close = EKOPQuote.closing(DayBayes(day: TradingDay(buys: 20, sells: 110), parameters: p), p)!
    #expect(close.ask < quote.bid)
    #expect(close.mean < 91)
}

@Test func parametersOutsideTheirRangesAreRefusedWithTheirRange() {
    let p = PINParameters()
    #expect(throws: PINParameterError.outOfRange(.alpha, value: 1.5, accepted: PINParameterName.alpha.accepted)) {
        try p.setting(.alpha, to: 1.5)
    }
    #expect(throws: PINParameterError.outOfRange(.epsBuy, value: 0, accepted: PINParameterName.epsBuy.accepted)) {
        try p.setting(.epsBuy, to: 0)
    }
    #expect(throws: PINParameterError.valuesNotOrdered(low: 110, high: 104)) { try p.setting(.low, to: 110) }
    #expect((try? p.setting(.mu, to: 0))?.pin == 0)
}

@Test func degenerateSamplesAreRefused() {
    #expect(throws: PINEstimationError.noDays) { try PINEstimator.estimate([]) }
    #expect(throws: PINEstimationError.noBuys) {
        try PINEstimator.estimate([TradingDay(buys: 0, sells: 4), TradingDay(buys: 0, sells: 9)])
    }
    #expect(throws: PINEstimationError.noSells) { try PINEstimator.estimate([TradingDay(buys: 3, sells: 0)]) }
}
