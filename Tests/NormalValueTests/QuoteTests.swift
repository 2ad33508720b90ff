import Foundation
import Testing
@testable import NormalValue

/// The check anyone can redo: m = 0, σ = 1, ε_b = ε_s = ½, μ = ½ gives ask 0.436327.
@Test func openingAskOfTheStandardNormal() throws {
    let market = NormalMarket(parameters: normal())
    // At the prior, E(v·1{v>a}) = φ(a) and E(v) = 0, so a = ½φ(a) / (½Φ̄(a) + ¼), i.e. the root of
    // a·(½Φ̄(a) + ¼) − ½φ(a), increasing in a; bisected here on the closed form.
    let expected = bisect(0, 2) { a in a * (0.5 * upperTailByErfc(a) + 0.25) - 0.5 * densityByFormula(a) }
    #expect(abs(expected - 0.436327) < 5e-7)
    let ask = try #require(market.quote.ask.price)
    let bid = try #require(market.quote.bid.price)
    #expect(isRelativelyClose(ask, expected, tol: 1e-12))
    #expect(isRelativelyClose(bid, -expected, tol: 1e-12))
}
