import Foundation
import MarketCore
import Testing

// The transform on chosen uniforms against its closed form, and the generator's draws against the
// formula every model wrote inline before it lived here (bit for bit: seeded outputs rest on it).

@Test func theTransformOnChosenUniformsIsItsClosedForm() {
    // u₁ = e^(−½): R = √(−2·(−½)) = 1; u₁ = e^(−2): R = 2; u₁ = 1: R = 0.
    #expect(abs(BoxMuller.radius(exp(-0.5)) - 1) < 1e-15)
    #expect(abs(BoxMuller.radius(exp(-2)) - 2) < 1e-15)
    #expect(BoxMuller.radius(1) == 0)
    // cos(2π·0) = 1, cos(2π·½) = −1, cos(2π·¼) = 0, cos(2π·⅛) = √½.
    #expect(BoxMuller.direction(0) == 1)
    #expect(BoxMuller.direction(0.5) == -1)
    #expect(abs(BoxMuller.direction(0.25)) < 1e-15)
    #expect(abs(BoxMuller.direction(0.125) - 0.5.squareRoot()) < 1e-15)
    #expect(abs(BoxMuller.standardNormal(exp(-2), 0.5) - -2) < 1e-15)
    #expect(abs(BoxMuller.standardNormal(exp(-0.5), 0.125) - 0.5.squareRoot()) < 1e-15)
    #expect(BoxMuller.standardNormal(1, 0.3) == 0)
}

@Test func aDrawTakesTwoUniformsAndMatchesTheInlineFormulaBitForBit() {
    var rng = Xoshiro256(seed: 42)
    var shadow = rng
    for _ in 0..<10_000 {
        let z = rng.nextStandardNormal()
        // The formula Kyle's, Roll's and the normal model's nature each wrote out before.
        let u1 = 1 - shadow.nextUnit()
        let u2 = shadow.nextUnit()
        #expect(z.bitPattern == ((-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)).bitPattern)
    }
    // Two uniforms per draw, no more: the streams are still in step.
    #expect(rng == shadow)
}

@Test func aScaledDrawMultipliesInTheNormalModelsOrder() {
    var rng = Xoshiro256(seed: 7)
    var shadow = rng
    let (m, s) = (100.0, 4.0)
    for _ in 0..<10_000 {
        let v = rng.nextNormal(mean: m, standardDeviation: s)
        let u1 = 1 - shadow.nextUnit()
        let u2 = shadow.nextUnit()
        #expect(v.bitPattern == (m + s * (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)).bitPattern)
    }
    #expect(rng == shadow)
}
