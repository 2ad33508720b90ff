/// Counts of non-negative numbers in log-linear buckets, for quantiles in bounded memory.
///
/// Each power of two is split into 2^subBits equal buckets (the HdrHistogram layout), so a quantile
/// is off by at most 2^−(subBits+1) relative wherever the numbers fall: spreads decay geometrically along
/// a session, and a linear histogram would put every late spread in its first bucket. Counts are
/// integers and the exact minimum and maximum are kept, so merging is exact in any order, and a
/// quantile is clamped to [minimum, maximum] (exact when all the numbers are equal). A quantile is
/// reported as its bucket's midpoint; in the first bucket (below 2^lowestExponent units) as 0.
/// Each bucket also keeps the least and greatest number it holds, so `reading(atRank:)` can say
/// when a bucket holds one value only (the order statistic is then exact) and how wide the range of
/// the values in it is otherwise.
public struct LogHistogram: Equatable, Sendable {
    /// Where the bucket edges lie.
    public struct Buckets: Equatable, Sendable {
        /// Numbers are measured in units of 2^unitExponent.
        public let unitExponent: Int
        /// Below 2^lowestExponent units: the first bucket (which also holds zero).
        public let lowestExponent: Int
        /// At or above 2^highestExponent units: the last bucket.
        public let highestExponent: Int
        /// log2 of the number of buckets per power of two.
        public let subBits: Int
        /// 2^−unitExponent, 2^lowestExponent and 2^highestExponent, kept for `index(of:)`.
        private let inverseUnit: Double, lowLimit: Double, highLimit: Double
        /// The shift that leaves exponent and top fraction bits, and the index of the last bucket.
        private let fractionShift: UInt64, lastIndex: Int

        public init(unitExponent: Int, lowestExponent: Int, highestExponent: Int, subBits: Int) {
            precondition(lowestExponent >= -1000 && lowestExponent < highestExponent && highestExponent <= 1000)
            precondition((0...20).contains(subBits))
            self.unitExponent = unitExponent
            self.lowestExponent = lowestExponent
            self.highestExponent = highestExponent
            self.subBits = subBits
            inverseUnit = Double(sign: .plus, exponent: -unitExponent, significand: 1)
            lowLimit = Double(sign: .plus, exponent: lowestExponent, significand: 1)
            highLimit = Double(sign: .plus, exponent: highestExponent, significand: 1)
            fractionShift = UInt64(52 - subBits)
            lastIndex = ((highestExponent - lowestExponent) << subBits) + 1
        }

        /// The number of buckets, including the first (small) and last (large) ones.
        public var count: Int { lastIndex + 1 }

        /// The bucket that holds `x`; NaN and negative numbers go to the first.
        @inline(__always)
        public func index(of x: Double) -> Int {
            let y = x * inverseUnit
            guard y >= lowLimit else { return 0 }
            guard y < highLimit else { return lastIndex }
            // For a positive normal y, the bits above the dropped fraction bits are the biased
            // exponent followed by the top subBits fraction bits: consecutive buckets, in order.
            let top = Int(truncatingIfNeeded: y.bitPattern &>> fractionShift)
            let first = (1023 &+ lowestExponent) &<< subBits
            return 1 &+ (top &- first)
        }

        /// The smallest number in bucket `i`.
        public func lowerEdge(_ i: Int) -> Double {
            if i == 0 { return 0 }
            if i == count - 1 { return Double(sign: .plus, exponent: highestExponent + unitExponent, significand: 1) }
            let exponent = lowestExponent + (i - 1) >> subBits
            let fraction = Double((i - 1) & ((1 << subBits) - 1)) / Double(1 << subBits)
            return Double(sign: .plus, exponent: exponent + unitExponent, significand: 1) * (1 + fraction)
        }

        /// The first number above bucket `i` (infinity for the last).
        public func upperEdge(_ i: Int) -> Double {
            i == count - 1 ? .infinity : lowerEdge(i + 1)
        }
    }

    public let buckets: Buckets
    /// True for whole numbers: a bucket one unit wide then reports its number exactly.
    public let wholeNumbers: Bool
    public private(set) var counts: [Int]
    /// The least and the greatest number in each bucket (+∞ and −∞ when it is empty).
    public private(set) var bucketMinimum: [Double]
    public private(set) var bucketMaximum: [Double]
    /// How many numbers were added.
    public private(set) var total = 0
    public private(set) var minimum = Double.infinity
    public private(set) var maximum = -Double.infinity

    public init(buckets: Buckets, wholeNumbers: Bool = false) {
        self.buckets = buckets
        self.wholeNumbers = wholeNumbers
        counts = Array(repeating: 0, count: buckets.count)
        bucketMinimum = Array(repeating: .infinity, count: buckets.count)
        bucketMaximum = Array(repeating: -.infinity, count: buckets.count)
    }

    /// A histogram from counts kept elsewhere (as `SpreadProfile` keeps many in one array).
    init(
        buckets: Buckets, counts: ArraySlice<Int>, bucketMinimum: ArraySlice<Double>, bucketMaximum: ArraySlice<Double>,
        minimum: Double, maximum: Double
    ) {
        self.buckets = buckets
        wholeNumbers = false
        self.counts = Array(counts)
        self.bucketMinimum = Array(bucketMinimum)
        self.bucketMaximum = Array(bucketMaximum)
        total = self.counts.reduce(0, &+)
        self.minimum = minimum
        self.maximum = maximum
    }

    /// Counts `x` (which should be non-negative and not NaN).
    @inline(__always)
    public mutating func add(_ x: Double) {
        let i = buckets.index(of: x)
        counts[i] &+= 1
        bucketMinimum[i] = min(bucketMinimum[i], x)
        bucketMaximum[i] = max(bucketMaximum[i], x)
        total &+= 1
        minimum = min(minimum, x)
        maximum = max(maximum, x)
    }

    /// Adds the counts of another histogram with the same buckets.
    public mutating func merge(_ other: LogHistogram) {
        precondition(other.buckets == buckets, "histograms with different buckets")
        for i in counts.indices {
            counts[i] &+= other.counts[i]
            bucketMinimum[i] = min(bucketMinimum[i], other.bucketMinimum[i])
            bucketMaximum[i] = max(bucketMaximum[i], other.bucketMaximum[i])
        }
        total &+= other.total
        minimum = min(minimum, other.minimum)
        maximum = max(maximum, other.maximum)
    }

    /// The number of rank `rank` (1 = smallest) to within its bucket, or nil if there are fewer.
    public func value(atRank rank: Int) -> Double? {
        bucket(ofRank: rank).map { i in
            let lower = buckets.lowerEdge(i)
            let upper = buckets.upperEdge(i)
            let estimate: Double
            if wholeNumbers {
                estimate = upper - lower <= 1 ? lower : ((lower + upper) / 2).rounded(.down)
            } else {
                // The first bucket stands for "vanished" (0, or the minimum); the last for its floor.
                estimate = i == 0 || !upper.isFinite ? lower : (lower + upper) / 2
            }
            return min(max(estimate, minimum), maximum)
        }
    }

    /// The bucket that holds the number of rank `rank` (1 = smallest), or nil if there are fewer.
    private func bucket(ofRank rank: Int) -> Int? {
        guard rank >= 1, rank <= total else { return nil }
        var seen = 0
        for (i, c) in counts.enumerated() {
            seen += c
            if seen >= rank { return i }
        }
        return nil
    }

    /// An order statistic as read from its bucket: exact when the bucket holds one value, otherwise
    /// the middle of the values the bucket holds, within `halfWidth` of the true order statistic.
    public struct Reading: Equatable, Sendable {
        public let value: Double
        /// Half the range of the values in the bucket (0 when exact).
        public let halfWidth: Double
        /// True when every number in the bucket is the same (to 1e-9 relative): `value` is exact.
        public var isExact: Bool { halfWidth == 0 }
    }

    /// The number of rank `rank` (1 = smallest), exact when its bucket holds one value; nil if there are fewer.
    public func reading(atRank rank: Int) -> Reading? {
        bucket(ofRank: rank).map { i in
            let low = bucketMinimum[i]
            let high = bucketMaximum[i]
            if high - low <= 1e-9 * abs(high) { return Reading(value: low, halfWidth: 0) }
            return Reading(value: (low + high) / 2, halfWidth: (high - low) / 2)
        }
    }

    /// The p-quantile as a reading (see `reading(atRank:)`); nil when empty.
    public func quantileReading(_ p: Double) -> Reading? {
        guard total > 0 else { return nil }
        let rank = Int((p * Double(total)).rounded(.up))
        return reading(atRank: min(max(rank, 1), total))
    }

    /// The p-quantile, the number of rank ⌈p·total⌉ (at least 1); nil when empty.
    public func quantile(_ p: Double) -> Double? {
        guard total > 0 else { return nil }
        let rank = Int((p * Double(total)).rounded(.up))
        return value(atRank: min(max(rank, 1), total))
    }
}
