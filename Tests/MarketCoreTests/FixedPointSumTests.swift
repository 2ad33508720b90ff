import MarketCore
import Testing

// Fixed-point sums against exact integer arithmetic: every addend is a whole number of quanta
// (2^−60 for a bound of 1), so the exact total is an integer count, kept here in an Int128.

private let quantum = 0x1p-60

@Test func theQuantumIsSixtyOneBitsBelowThePowerOfTwoAboveTheBound() {
    #expect(FixedPointSum(bound: 1).quantumExponent == -60)
    #expect(FixedPointSum(bound: 1000).quantumExponent == 10 - 61)
    #expect(FixedPointSum(bound: 0.75).quantumExponent == -61)
}

@Test func sumsOfWholeQuantaAreTheExactIntegerSumInAnyOrder() {
    var g = Xoshiro256(seed: 11)
    // Counts below 2^62 quanta in magnitude (|x| < 4), multiples of 2^21 so that each is exact as a
    // Double and so is any total below 2^74: the expected value is the exact integer sum.
    let counts = (0..<4_000).map { _ in (Int64(bitPattern: g.next()) >> 22) << 21 }
    var exact: Int128 = 0
    var forward = FixedPointSum(bound: 1)
    var backward = FixedPointSum(bound: 1)
    var halves = (FixedPointSum(bound: 1), FixedPointSum(bound: 1))
    var largest: Int128 = 0
    for (i, n) in counts.enumerated() {
        exact += Int128(n)
        largest = max(largest, exact.magnitude > Int128.Magnitude(Int64.max) ? 1 : 0)
        forward.add(Double(n) * quantum)
        if i < 1_234 { halves.0.add(Double(n) * quantum) } else { halves.1.add(Double(n) * quantum) }
    }
    for n in counts.reversed() { backward.add(Double(n) * quantum) }
    // The walk left 64 bits on the way (the carry between the two words was used).
    #expect(largest == 1)
    #expect(forward == backward)
    halves.1.merge(halves.0)
    #expect(halves.1 == forward)
    #expect(forward.value == Double(exact) * quantum)
}

@Test func aTotalBeyondSixtyFourBitsOfQuantaIsExact() {
    // 2^10 addends of 2 (2^61 quanta each): 2^71 quanta, 2048 exactly; then back down by 2047.5.
    var s = FixedPointSum(bound: 1)
    for _ in 0..<1024 { s.add(2) }
    #expect(s.value == 2048)
    s.add(-2047.5)
    #expect(s.value == 0.5)
}

@Test func eachAddendIsCutTowardZeroToAWholeQuantum() {
    // 3·2^−61 is 1.5 quanta: cut to 1 quantum; −3·2^−61 to −1. Crossing zero borrows from the
    // high word and gives it back.
    var s = FixedPointSum(bound: 1)
    s.add(3 * 0x1p-61)
    #expect(s.value == quantum)
    s.add(-3 * 0x1p-61)
    #expect(s.value == 0)
    s.add(-3 * 0x1p-61)
    #expect(s.value == -quantum)
    s.add(2 * quantum)
    #expect(s.value == quantum)
    // Non-finite addends are ignored.
    s.add(.nan)
    s.add(.infinity)
    #expect(s.value == quantum)
}
