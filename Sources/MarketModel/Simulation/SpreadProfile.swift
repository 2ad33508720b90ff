/// The spread, and the mid's distance from the true value, at chosen trade numbers across sessions.
///
/// Stored flat (one array of histogram counts for all times, one of per-time tallies) because a
/// session records a snapshot at every profile time, and that must cost a few nanoseconds.
public struct SpreadProfile: Equatable, Sendable {
    /// The trade numbers t (arrivals so far, 0 = the opening), in order.
    public let times: [Int]
    /// The spread buckets, the same at every time: relative to V_H − V_L + 2c, from 2^−50 of it up,
    /// 16 per octave (a quantile's relative error is at most 1/32).
    public let buckets: LogHistogram.Buckets
    /// The quantum of every spread and distance sum (one per profile, so a snapshot scales once).
    private let quantumExponent: Int
    private let inverseQuantum: Double
    private var counts: [Int]
    /// The least and the greatest spread in each bucket, flat like `counts`, so a quantile can be
    /// exact where a bucket holds one value (early trades, where the spread takes few values).
    private var bucketMinimum: [Double]
    private var bucketMaximum: [Double]
    private var tallies: [Tally]

    /// An empty profile for the plan's times; `range` is V_H − V_L + 2c.
    init(times: [Int], range: Double) {
        self.times = times
        buckets = LogHistogram.Buckets(
            unitExponent: Int(range.exponent) + 1, lowestExponent: -50,
            highestExponent: 1, subBits: 4)
        quantumExponent = FixedPointSum.quantumExponent(bound: range)
        inverseQuantum = Double(sign: .plus, exponent: -quantumExponent, significand: 1)
        counts = Array(repeating: 0, count: times.count * buckets.count)
        bucketMinimum = Array(repeating: .infinity, count: times.count * buckets.count)
        bucketMaximum = Array(repeating: -.infinity, count: times.count * buckets.count)
        tallies = Array(repeating: Tally(), count: times.count)
    }

    /// How many times the profile keeps.
    public var count: Int { times.count }

    /// The spread across sessions at the `index`-th time.
    public subscript(index: Int) -> SpreadAtTime {
        let t = tallies[index]
        let start = index * buckets.count
        let range = start..<start + buckets.count
        let histogram = LogHistogram(
            buckets: buckets, counts: counts[range], bucketMinimum: bucketMinimum[range],
            bucketMaximum: bucketMaximum[range], minimum: t.minimum, maximum: t.maximum)
        return SpreadAtTime(
            time: times[index], spreads: histogram,
            spreadSum: t.spreadSum.value(quantumExponent: quantumExponent),
            distanceSum: t.distanceSum.value(quantumExponent: quantumExponent),
            sessions: t.sessions, undefined: t.undefined,
            oneSideClosed: t.oneSideClosed, closed: t.closed)
    }

    /// Every time of the profile (each built on demand from the counts).
    public var points: [SpreadAtTime] { (0..<count).map { self[$0] } }

    /// Adds another profile of the same plan.
    mutating func merge(_ other: SpreadProfile) {
        precondition(other.times == times)
        for i in counts.indices {
            counts[i] &+= other.counts[i]
            bucketMinimum[i] = min(bucketMinimum[i], other.bucketMinimum[i])
            bucketMaximum[i] = max(bucketMaximum[i], other.bucketMaximum[i])
        }
        for i in tallies.indices { tallies[i].merge(other.tallies[i]) }
    }

    /// Records one session's snapshots, one per time.
    mutating func record(_ snapshots: UnsafeBufferPointer<Snapshot>) {
        let buckets = buckets
        let width = buckets.count
        let scale = inverseQuantum
        counts.withUnsafeMutableBufferPointer { counts in
            bucketMinimum.withUnsafeMutableBufferPointer { lows in
                bucketMaximum.withUnsafeMutableBufferPointer { highs in
                    tallies.withUnsafeMutableBufferPointer { tallies in
                        for i in 0..<min(snapshots.count, tallies.count) {
                            let s = snapshots[i]
                            guard tallies[i].record(s, scale: scale) else { continue }
                            let b = i &* width &+ buckets.index(of: s.spread)
                            counts[b] &+= 1
                            lows[b] = min(lows[b], s.spread)
                            highs[b] = max(highs[b], s.spread)
                        }
                    }
                }
            }
        }
    }

    /// One session's quote at one profile time, as the session loop saw it.
    struct Snapshot {
        /// ask − bid (as `Quote.openSpread`); NaN when a side is withdrawn or undefined, since a
        /// withdrawn side has no price to take a spread from.
        var spread: Double
        /// |mid − V|; NaN when a side is withdrawn or undefined.
        var distance: Double
        /// Bit 0: ask withdrawn or undefined; bit 1: the bid.
        var closedSides: UInt8
    }

    /// Everything but the histogram at one time.
    private struct Tally: Equatable, Sendable {
        var spreadSum = QuantaCount(), distanceSum = QuantaCount()
        var minimum = Double.infinity, maximum = -Double.infinity
        var sessions = 0, undefined = 0, oneSideClosed = 0, closed = 0

        /// Counts the snapshot (sums in quanta: `scale` is 1/quantum); true when its spread is
        /// defined (and so goes in the histogram).
        @inline(__always)
        mutating func record(_ s: Snapshot, scale: Double) -> Bool {
            sessions &+= 1
            closed &+= s.closedSides == 3 ? 1 : 0
            oneSideClosed &+= s.closedSides == 1 || s.closedSides == 2 ? 1 : 0
            guard s.spread.isFinite else {
                undefined &+= 1
                return false
            }
            spreadSum.add(s.spread * scale)
            distanceSum.add(s.distance * scale)
            minimum = min(minimum, s.spread)
            maximum = max(maximum, s.spread)
            return true
        }

        mutating func merge(_ other: Tally) {
            spreadSum.merge(other.spreadSum)
            distanceSum.merge(other.distanceSum)
            minimum = min(minimum, other.minimum)
            maximum = max(maximum, other.maximum)
            sessions &+= other.sessions
            undefined &+= other.undefined
            oneSideClosed &+= other.oneSideClosed
            closed &+= other.closed
        }
    }
}

/// The spread across sessions at one trade number t.
public struct SpreadAtTime: Equatable, Sendable {
    /// Arrivals so far (0 = the opening quote).
    public let time: Int
    /// The sessions' spreads ask − bid (break-even prices, even on a withdrawn side).
    public let spreads: LogHistogram
    let spreadSum: Double
    let distanceSum: Double
    /// Sessions seen at this time.
    public let sessions: Int
    /// Sessions where a side was withdrawn or had no possible order, so there was no spread (left out
    /// of the spread figures; `oneSideClosed` and `closed` say which were withdrawn).
    public let undefined: Int
    /// Sessions with exactly one side not open (withdrawn, or undefined).
    public let oneSideClosed: Int
    /// Sessions with both sides withdrawn: nothing trades and beliefs are frozen.
    public let closed: Int

    /// The mean spread, over sessions where it was defined.
    public var meanSpread: Double? { spreads.total > 0 ? spreadSum / Double(spreads.total) : nil }

    /// The p-quantile of the spread (p = 0.5 for the median): exact when its bucket holds one value,
    /// otherwise the middle of that bucket's values (within 1/32 of the quantile).
    public func spreadQuantile(_ p: Double) -> Double? { spreads.quantileReading(p)?.value }

    /// The p-quantile with how exact it is.
    public func spreadQuantileReading(_ p: Double) -> LogHistogram.Reading? { spreads.quantileReading(p) }

    /// The mean of |mid − V|: how far prices still are from the truth at this time.
    public var meanDistance: Double? { spreads.total > 0 ? distanceSum / Double(spreads.total) : nil }

    /// The share of sessions with both sides withdrawn.
    public var shareClosed: Double? { sessions > 0 ? Double(closed) / Double(sessions) : nil }

    /// The share of sessions with one side not open and the other open.
    public var shareOneSideClosed: Double? { sessions > 0 ? Double(oneSideClosed) / Double(sessions) : nil }
}
