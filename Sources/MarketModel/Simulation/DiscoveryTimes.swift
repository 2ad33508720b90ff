/// How many arrivals each session took before the mid first came within a distance of the true value.
///
/// The time of a session is the first t (arrivals so far, 0 = the opening) with |mid − V| ≤ distance;
/// the mid may wander out again afterwards. Sessions that never got there within N arrivals are
/// counted apart, and count as infinitely slow in the quantiles.
public struct DiscoveryTimes: Equatable, Sendable {
    /// The distance the mid has to come within.
    public let distance: Double
    /// The times of the sessions that got there (exact below 256, within 1/256 above).
    public private(set) var times: LogHistogram
    /// Sessions that never got there.
    public private(set) var never = 0
    /// Σ t over the sessions that got there (exact).
    public private(set) var timeSum = 0

    init(distance: Double, arrivals: Int) {
        self.distance = distance
        let top = max(1, Int(Double(arrivals + 1).exponent) + 1)
        let buckets = LogHistogram.Buckets(unitExponent: 0, lowestExponent: 0, highestExponent: top, subBits: 7)
        times = LogHistogram(buckets: buckets, wholeNumbers: true)
    }

    /// All sessions recorded.
    public var sessions: Int { times.total + never }
    /// Sessions that got there.
    public var reached: Int { times.total }

    /// The mean time over the sessions that got there.
    public var meanTime: Double? { reached > 0 ? Double(timeSum) / Double(reached) : nil }

    /// The p-quantile over all sessions, those that never got there counting as infinite:
    /// nil when that quantile is one of them (or there are no sessions).
    public func quantile(_ p: Double) -> Double? {
        guard sessions > 0 else { return nil }
        let rank = min(max(Int((p * Double(sessions)).rounded(.up)), 1), sessions)
        return times.value(atRank: rank)
    }

    /// The median over all sessions (nil when half or more never got there).
    public var medianTime: Double? { quantile(0.5) }

    /// The median as a reading: exact when its bucket holds one time (always below 256).
    public var medianReading: LogHistogram.Reading? {
        guard sessions > 0 else { return nil }
        return times.reading(atRank: min(max(Int((0.5 * Double(sessions)).rounded(.up)), 1), sessions))
    }

    /// The share of sessions that never got there.
    public var shareNever: Double? { sessions > 0 ? Double(never) / Double(sessions) : nil }

    /// Records one session: the first time it got there, or nil.
    mutating func record(_ time: Int?) {
        if let time {
            times.add(Double(time))
            timeSum &+= time
        } else {
            never &+= 1
        }
    }

    mutating func merge(_ other: DiscoveryTimes) {
        times.merge(other.times)
        never &+= other.never
        timeSum &+= other.timeSum
    }
}
