import Foundation
import ModelTestSupport
import Testing

@testable import MarketModel

// The project's own generators (SplitMix64 seeding xoshiro256**) and nature's arrivals.

/// A generator that always returns the same word, to probe nextUnit's ends.
private struct ConstantGenerator: RandomNumberGenerator {
    let word: UInt64
    mutating func next() -> UInt64 { word }
}

/// SplitMix64 from seed 0 gives the published reference words.
@Test func splitMixReferenceVector() {
    // Computed independently in Python 3 from Vigna's C code (splitmix64.c: x += 0x9e3779b97f4a7c15;
    // z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9; z = (z ^ (z >> 27)) * 0x94d049bb133111eb; z ^ (z >> 31),
    // all mod 2^64); these match the widely quoted test vector for seed 0.
    var g = SplitMix64(seed: 0)
    #expect(g.next() == 0xE220_A839_7B1D_CDAF)
    #expect(g.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(g.next() == 0x06C4_5D18_8009_454F)
}

/// xoshiro256** seeded with 42 matches an independent Python implementation word for word.
@Test func xoshiroReferenceVector() {
    // Computed with a separate Python 3 implementation of Blackman & Vigna's xoshiro256starstar.c
    // (state s[0..3] = the first four SplitMix64(42) words; result = rotl(s[1]·5, 7)·9;
    // t = s[1] << 17; s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45)),
    // arithmetic mod 2^64 with Python integers.
    var g = Xoshiro256(seed: 42)
    let expected: [UInt64] = [
        0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1,
        0xECB8_AD47_03B3_60A1, 0xFDE6_DC7F_E2EC_5E64,
    ]
    for word in expected { #expect(g.next() == word) }
    // Seed 0, same Python program.
    var zero = Xoshiro256(seed: 0)
    #expect(zero.next() == 0x99EC_5F36_CB75_F2B4)
    #expect(zero.next() == 0xBF6E_1F78_4956_452A)
}

/// nextUnit is the top 53 bits over 2^53: seed 42's first draws are 755370490430936/2^53, ….
@Test func nextUnitReferenceValues() {
    // The Python words above shifted right by 11 (Python: x >> 11), exact in a Double.
    var g = Xoshiro256(seed: 42)
    #expect(g.nextUnit() == Double(755_370_490_430_936) / 0x1p53)
    #expect(g.nextUnit() == Double(3_413_550_631_330_343) / 0x1p53)
    #expect(g.nextUnit() == Double(6_125_286_505_004_179) / 0x1p53)
}

/// nextUnit's extremes: an all-zero word gives 0, an all-ones word gives 1 − 2^−53 < 1.
@Test func nextUnitEnds() {
    var zero = ConstantGenerator(word: 0)
    #expect(zero.nextUnit() == 0)
    var ones = ConstantGenerator(word: .max)
    #expect(ones.nextUnit() == 1 - 0x1p-53)
    #expect(ones.nextUnit() < 1)
}

/// The same seed repeats the same sequence; copies of a generator stay in step.
@Test func sameSeedSameSequence() {
    var a = Xoshiro256(seed: 12345)
    var b = Xoshiro256(seed: 12345)
    #expect(a == b)
    for _ in 0..<10_000 { #expect(a.next() == b.next()) }
    var c = a
    #expect((0..<100).map { _ in a.next() } == (0..<100).map { _ in c.next() })
}

/// Different seeds (even adjacent ones) give different sequences.
@Test func differentSeedsDiffer() {
    for (s, t) in [(0, 1), (1, 2), (42, 43), (7, 1 << 40)] as [(UInt64, UInt64)] {
        var a = Xoshiro256(seed: s)
        var b = Xoshiro256(seed: t)
        #expect(a != b)
        let xs = (0..<16).map { _ in a.next() }
        let ys = (0..<16).map { _ in b.next() }
        #expect(zip(xs, ys).allSatisfy { $0 != $1 })
    }
}

/// nextUnit lies in [0, 1) and its mean and variance are those of U(0, 1) within 5 standard errors.
@Test func nextUnitUniform() {
    var g = Xoshiro256(seed: 99)
    let n = 100_000
    var sum = 0.0
    var sumSquares = 0.0
    var below = 0
    for _ in 0..<n {
        let u = g.nextUnit()
        #expect(u >= 0 && u < 1)
        sum += u
        sumSquares += u * u
        if u < 0.1 { below += 1 }
    }
    // Mean ½ with SE √(1/12/n); E[U²] = 1/3 with SE √(Var U² / n), Var U² = 1/5 − 1/9 = 4/45.
    #expect(abs(sum / Double(n) - 0.5) < 5 * (1.0 / 12 / Double(n)).squareRoot())
    #expect(abs(sumSquares / Double(n) - 1.0 / 3) < 5 * (4.0 / 45 / Double(n)).squareRoot())
    // P(U < 0.1) = 0.1 with SE √(0.09/n).
    #expect(abs(Double(below) / Double(n) - 0.1) < 5 * (0.09 / Double(n)).squareRoot())
}

/// |frequency − p| < 5 standard errors √(p(1−p)/n).
private func matches(_ count: Int, of n: Int, probability p: Double) -> Bool {
    abs(Double(count) / Double(n) - p) < 5 * (p * (1 - p) / Double(n)).squareRoot()
}

/// Arrival.draw with good news: informed share μ; buys μ + (1−μ)ε_b, sells (1−μ)ε_s, no-trades (1−μ)(1−ε_b−ε_s).
@Test func arrivalFrequenciesGoodNews() {
    let p = params(low: 100, mu: 0.3, alpha: 0.5, epsBuy: 0.25, epsSell: 0.35)
    var rng = Xoshiro256(seed: 5)
    let n = 100_000
    var informed = 0
    var buys = 0
    var sells = 0
    var nones = 0
    var informedNotBuying = 0
    for _ in 0..<n {
        let a = Arrival.draw(p, truth: .high, at: Market(parameters: p).quote, using: &rng)
        if a.trader == .informed {
            informed += 1
            if a.wanted != .buy { informedNotBuying += 1 }
        }
        switch a.wanted {
        case .buy: buys += 1
        case .sell: sells += 1
        case .none: nones += 1
        }
    }
    #expect(informedNotBuying == 0)
    #expect(matches(informed, of: n, probability: 0.3))
    // 0.3 + 0.7·0.25 = 0.475; 0.7·0.35 = 0.245; 0.7·0.40 = 0.28.
    #expect(matches(buys, of: n, probability: 0.475))
    #expect(matches(sells, of: n, probability: 0.245))
    #expect(matches(nones, of: n, probability: 0.28))
}

/// Arrival.draw with bad news: informed traders sell; sells μ + (1−μ)ε_s.
@Test func arrivalFrequenciesBadNews() {
    let p = params(low: 100, mu: 0.6, epsBuy: 0.5, epsSell: 0.5)
    var rng = Xoshiro256(seed: 6)
    let n = 100_000
    var informed = 0
    var sells = 0
    for _ in 0..<n {
        let a = Arrival.draw(p, truth: .low, at: Market(parameters: p).quote, using: &rng)
        if a.trader == .informed {
            informed += 1
            #expect(a.wanted == .sell)
        }
        if a.wanted == .sell { sells += 1 }
    }
    // Informed 0.6; sells 0.6 + 0.4·0.5 = 0.8.
    #expect(matches(informed, of: n, probability: 0.6))
    #expect(matches(sells, of: n, probability: 0.8))
}

/// With no event there are no informed traders, and uninformed ones buy ε_b, sell ε_s, stay out 1 − ε_b − ε_s.
@Test func arrivalFrequenciesNoEvent() {
    let p = params(low: 100, mu: 0.9, alpha: 0.5, epsBuy: 0.2, epsSell: 0.5)
    let opening = Market(parameters: p).quote
    #expect(Arrival.informed(truth: .none, at: opening) == nil)
    #expect(Arrival.informed(truth: .high, at: opening) == Arrival(trader: .informed, wanted: .buy))
    #expect(Arrival.informed(truth: .low, at: opening) == Arrival(trader: .informed, wanted: .sell))
    var rng = Xoshiro256(seed: 7)
    let n = 100_000
    var counts: [Order: Int] = [:]
    for _ in 0..<n {
        let a = Arrival.draw(p, truth: .none, at: opening, using: &rng)
        #expect(a.trader == .uninformed)
        counts[a.wanted, default: 0] += 1
    }
    // 0.2, 0.5 and 1 − 0.2 − 0.5 = 0.3.
    #expect(matches(counts[.buy, default: 0], of: n, probability: 0.2))
    #expect(matches(counts[.sell, default: 0], of: n, probability: 0.5))
    #expect(matches(counts[.none, default: 0], of: n, probability: 0.3))
}

/// The same seed gives the same arrivals, so `set seed 42` repeats a run exactly.
@Test func arrivalsRepeatWithSeed() {
    let p = params(low: 100, mu: 0.3, alpha: 0.5, epsBuy: 0.3, epsSell: 0.3)
    var a = Xoshiro256(seed: 42)
    var b = Xoshiro256(seed: 42)
    for _ in 0..<1000 {
        let quote = Market(parameters: p).quote
        #expect(
            Arrival.draw(p, truth: .high, at: quote, using: &a) == Arrival.draw(p, truth: .high, at: quote, using: &b))
    }
}

/// Truth maps to the market state: high → good news, low → bad news, none → no event.
@Test func truthStates() {
    #expect(Truth.high.state == .good && Truth.low.state == .bad && Truth.none.state == .noEvent)
}
