/// A sum of real numbers held as a whole number of fixed quanta, so any order of addition gives the same bits.
///
/// Floating-point addition is not associative: two threads each summing half the sessions would
/// differ from one thread in the last bits. Here each addend is cut (toward zero) to a multiple of
/// the quantum 2^e and added as a 128-bit integer, which is exact and commutative. The quantum is
/// 2^−61 of the power of two above the bound on one addend, so the cut costs less than 2^−60 of
/// that bound, and 2^65 addends fit before the integer could overflow.
@frozen
public struct FixedPointSum: Equatable, Sendable {
    /// log2 of the quantum.
    public let quantumExponent: Int
    /// 2^−e, the number of quanta in one unit.
    @usableFromInline let inverseQuantum: Double
    @usableFromInline var quanta = QuantaCount()

    /// A zero sum whose addends are at most `bound` in magnitude (larger ones are still added exactly
    /// up to the quantum, only the overflow margin shrinks).
    public init(bound: Double) {
        quantumExponent = Self.quantumExponent(bound: bound)
        inverseQuantum = Double(sign: .plus, exponent: -quantumExponent, significand: 1)
    }

    /// The quantum exponent for addends up to `bound`: 61 bits below the power of two above it.
    public static func quantumExponent(bound: Double) -> Int {
        let b = bound.isFinite && bound > 0 ? bound : 1
        return min(max(Int(b.exponent) + 1 - 61, -1000), 900)
    }

    /// Adds `x`, cut toward zero to a multiple of the quantum. Non-finite values are ignored.
    @inlinable @inline(__always)
    public mutating func add(_ x: Double) {
        quanta.add(x * inverseQuantum)
    }

    /// Adds another sum with the same quantum.
    public mutating func merge(_ other: FixedPointSum) {
        precondition(other.quantumExponent == quantumExponent, "sums with different quanta")
        quanta.merge(other.quanta)
    }

    /// The sum as a Double.
    public var value: Double { quanta.value(quantumExponent: quantumExponent) }
}

/// A 128-bit two's-complement count of quanta, high·2^64 + low: the exact core of `FixedPointSum`,
/// also kept bare (without its quantum) where many sums share one, as in `SpreadProfile`.
@frozen
public struct QuantaCount: Equatable, Sendable {
    @usableFromInline var high: Int64 = 0
    @usableFromInline var low: UInt64 = 0

    @inlinable
    public init() {}

    /// Adds y quanta, cut toward zero to a whole number; non-finite y is ignored.
    @inlinable @inline(__always)
    public mutating func add(_ y: Double) {
        if abs(y) < 0x1p62 {
            let n = Int64(y)
            add(high: n < 0 ? -1 : 0, low: UInt64(bitPattern: n))
        } else if y.isFinite {
            addLarge(y)
        }
    }

    public mutating func merge(_ other: QuantaCount) { add(high: other.high, low: other.low) }

    /// The count times 2^quantumExponent, as a Double.
    public func value(quantumExponent: Int) -> Double {
        let negative = high < 0
        let (h, l) = negative ? Self.negated(high, low) : (high, low)
        let magnitude = Double(UInt64(bitPattern: h)) * 0x1p64 + Double(l)
        let scaled = magnitude * Double(sign: .plus, exponent: quantumExponent, significand: 1)
        return negative ? -scaled : scaled
    }

    @inlinable @inline(__always)
    mutating func add(high h: Int64, low l: UInt64) {
        let (sum, carry) = low.addingReportingOverflow(l)
        low = sum
        high = high &+ h &+ (carry ? 1 : 0)
    }

    /// The two's-complement negation of the 128-bit number high·2^64 + low.
    @usableFromInline
    static func negated(_ high: Int64, _ low: UInt64) -> (Int64, UInt64) {
        let (l, carry) = (~low).addingReportingOverflow(1)
        return (~high &+ (carry ? 1 : 0), l)
    }

    /// |y| ≥ 2^62 quanta: |y| is a whole number; split it exactly into 64-bit halves, then apply the sign.
    @usableFromInline
    mutating func addLarge(_ y: Double) {
        let magnitude = abs(y)
        let upper = (magnitude * 0x1p-64).rounded(.down)
        guard upper < 0x1p62 else { return }
        // |y| mod 2^64 is a multiple of |y|'s last bit below 2^64, so it has at most 53 bits: exact.
        let lower = magnitude - upper * 0x1p64
        let (h, l) = (Int64(upper), UInt64(lower))
        let (sh, sl) = y < 0 ? Self.negated(h, l) : (h, l)
        add(high: sh, low: sl)
    }
}
