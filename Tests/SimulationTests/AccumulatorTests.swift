import Foundation
import Testing

@testable import MarketModel

// The exact, order-independent accumulators that make summaries merge to the same bits.

/// Sums of multiples of 1/1024 are exact in binary, so the expected totals are exact fractions.
@Test func fixedPointSumIsExactAndOrderFree() {
    var g = Xoshiro256(seed: 4)
    let xs = (0..<10_000).map { _ in Double(Int(g.next() % 2_000_001) - 1_000_000) / 1024 }
    var forward = FixedPointSum(bound: 1000)
    var backward = FixedPointSum(bound: 1000)
    for x in xs { forward.add(x) }
    for x in xs.reversed() { backward.add(x) }
    #expect(forward == backward)
    let exact = Double(xs.map { Int($0 * 1024) }.reduce(0, +)) / 1024
    #expect(forward.value == exact)
    // Split in three and merged in two orders.
    var a = FixedPointSum(bound: 1000)
    var b = a
    var c = a
    for x in xs[..<3000] { a.add(x) }
    for x in xs[3000..<3001] { b.add(x) }
    for x in xs[3001...] { c.add(x) }
    var abc = a
    var cba = c
    abc.merge(b)
    abc.merge(c)
    cba.merge(b)
    cba.merge(a)
    #expect(abc == forward && cba == forward)
}

/// Floating-point addition is not associative, which is why the fixed-point sum exists:
/// (0.1 + 0.2) + 0.3 = 0.6000000000000001 but 0.1 + (0.2 + 0.3) = 0.6. Cut to quanta of 2^−60 (bound 1),
/// both orders give one sum, within 3 quanta of 0.6.
@Test func fixedPointSumAgreesWhereDoublesDoNot() {
    let leftFirst: Double = (0.1 + 0.2) + 0.3
    let rightFirst: Double = 0.1 + (0.2 + 0.3)
    #expect(leftFirst != rightFirst)
    var left = FixedPointSum(bound: 1)
    var right = FixedPointSum(bound: 1)
    for x in [0.1, 0.2, 0.3] { left.add(x) }
    for x in [0.3, 0.2, 0.1] { right.add(x) }
    #expect(left == right)
    #expect(left.quantumExponent == -60)
    let quantum: Double = 0x1p-60
    #expect(abs(left.value - 0.6) <= 3 * quantum)
}

/// Addends far past the bound take the 128-bit path exactly; negatives cancel to zero; non-finite
/// numbers are ignored.
@Test func fixedPointSumLargeNegativeAndNonFinite() {
    var s = FixedPointSum(bound: 1)  // quantum 2^−60: 2^40 is 2^100 quanta, beyond 64 bits
    let far: Double = 0x1p40
    s.add(far)
    s.add(3)
    s.add(-far)
    #expect(s.value == 3)
    s.add(-3)
    #expect(s.value == 0 && s == FixedPointSum(bound: 1))
    let big: Double = -0x1p40 - 0.5
    s.add(big)
    #expect(s.value == big)
    s.add(.nan)
    s.add(.infinity)
    #expect(s.value == big)
    var small = FixedPointSum(bound: 1)
    small.add(-0x1p-70)  // below the quantum: cut to zero, not to −1 quantum
    #expect(small.value == 0)
}

/// Whole numbers below 256 are counted exactly; above, a quantile is within 1/256 of its number.
@Test func histogramOfWholeNumbers() {
    let buckets = LogHistogram.Buckets(unitExponent: 0, lowestExponent: 0, highestExponent: 20, subBits: 7)
    var h = LogHistogram(buckets: buckets, wholeNumbers: true)
    for t in 0..<1000 { h.add(Double(t)) }
    #expect(h.total == 1000 && h.minimum == 0 && h.maximum == 999)
    for rank in [1, 2, 100, 256] { #expect(h.value(atRank: rank) == Double(rank - 1)) }
    for rank in [400, 777, 1000] {
        let v = h.value(atRank: rank)!
        #expect(abs(v - Double(rank - 1)) <= Double(rank - 1) / 256, "rank \(rank): \(v)")
    }
    #expect(h.quantile(0.5) == 499 || abs(h.quantile(0.5)! - 499) <= 2)
    #expect(h.value(atRank: 1001) == nil && h.value(atRank: 0) == nil)
}

/// Real numbers over many octaves: a quantile is within 1/32 of the number with 16 buckets per octave;
/// merging two halves gives the counts of the whole; equal numbers give their exact value.
@Test func histogramOfRealNumbers() {
    let buckets = LogHistogram.Buckets(unitExponent: 3, lowestExponent: -50, highestExponent: 1, subBits: 4)
    var whole = LogHistogram(buckets: buckets)
    var low = whole
    var high = whole
    let xs = (0..<1000).map { 8 * pow(10, -Double($0) / 100) }  // 8 down to 8·10^−9.99
    for (i, x) in xs.enumerated() {
        whole.add(x)
        if i < 500 { low.add(x) } else { high.add(x) }
    }
    var merged = high
    merged.merge(low)
    #expect(merged == whole)
    let sorted = xs.sorted()
    for rank in [1, 10, 250, 500, 999, 1000] {
        let v = whole.value(atRank: rank)!
        let x = sorted[rank - 1]
        #expect(abs(v - x) <= x / 32, "rank \(rank): \(v) vs \(x)")
    }
    var same = LogHistogram(buckets: buckets)
    for _ in 0..<10 { same.add(2.4) }
    #expect(same.quantile(0.1) == 2.4 && same.quantile(0.9) == 2.4)
    // Zero and numbers below 2^−50 of the unit share the first bucket; its quantile is the minimum.
    var zeros = LogHistogram(buckets: buckets)
    zeros.add(0)
    zeros.add(1e-20)
    #expect(zeros.counts[0] == 2 && zeros.quantile(0.5) == 0)
}

/// A reading is exact when its bucket holds one value, and otherwise lies within its half-width of
/// the true order statistic (here against the sorted numbers, with values that share buckets).
@Test func readingsAreExactOrBounded() {
    let buckets = LogHistogram.Buckets(unitExponent: 3, lowestExponent: -50, highestExponent: 1, subBits: 4)
    var h = LogHistogram(buckets: buckets)
    var rng = Xoshiro256(seed: 4)
    // A few repeated values (a small support) and a spread of distinct ones.
    let support = [2.4, 2.2018348623853212, 0.43, 1e-30]
    var xs: [Double] = []
    for i in 0..<3000 { xs.append(i % 3 == 0 ? 5 * rng.nextUnit() : support[Int(rng.nextUnit() * 4)]) }
    for x in xs { h.add(x) }
    let sorted = xs.sorted()
    var exact = 0
    for rank in stride(from: 1, through: 3000, by: 7) {
        let r = h.reading(atRank: rank)!
        let x = sorted[rank - 1]
        #expect(abs(r.value - x) <= r.halfWidth * (1 + 1e-12), "rank \(rank): \(r) vs \(x)")
        if r.isExact {
            #expect(r.value == x)
            exact += 1
        }
    }
    #expect(exact > 0)
    // Only 2.2018… in its bucket: exact, not the bucket's midpoint (2.1875 for [2.125, 2.25)).
    var one = LogHistogram(buckets: buckets)
    for _ in 0..<5 { one.add(2.2018348623853212) }
    one.add(2.4)
    #expect(one.quantileReading(0.5) == LogHistogram.Reading(value: 2.2018348623853212, halfWidth: 0))
}
