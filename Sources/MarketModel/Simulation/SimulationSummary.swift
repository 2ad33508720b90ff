/// Everything a Monte Carlo study measured, merged over the sessions that completed.
///
/// Every part merges exactly (integer counts, fixed-point sums, minima and maxima), so the summary
/// depends only on which sessions were played, not on how they were split among threads or in what
/// order the parts were merged.
public struct SimulationSummary: Equatable, Sendable {
    public let plan: SimulationPlan
    /// Sessions played to the end.
    public private(set) var sessions = 0
    /// Arrivals in those sessions (sessions × N).
    public private(set) var arrivals = 0
    /// How often nature drew each state.
    public private(set) var truths = TruthCounts()
    /// The spread and pricing error by trade number.
    public private(set) var spread: SpreadProfile
    /// How long prices took to come near the true value.
    public private(set) var discovery: DiscoveryTimes
    /// The market maker's profit by trader type.
    public private(set) var profit: MarketMakerProfit
    /// Roll's estimator against the quoted spread.
    public private(set) var roll: RollEstimate
    /// True when `shouldStop` ended the run before every session was played.
    public internal(set) var wasStopped = false

    /// An empty summary for `plan`.
    public init(plan: SimulationPlan) {
        self.plan = plan
        let range = plan.priceRange
        spread = SpreadProfile(times: plan.profileTimes, range: range)
        discovery = DiscoveryTimes(distance: plan.discoveryDistance, arrivals: plan.arrivals)
        profit = MarketMakerProfit(perSession: Double(max(plan.arrivals, 1)) * range, cost: plan.parameters.cost)
        roll = RollEstimate(range: range, arrivals: plan.arrivals)
    }

    /// Adds the sessions of another summary of the same plan.
    public mutating func merge(_ other: SimulationSummary) {
        precondition(other.plan == plan, "summaries of different plans")
        sessions &+= other.sessions
        arrivals &+= other.arrivals
        truths.merge(other.truths)
        spread.merge(other.spread)
        discovery.merge(other.discovery)
        profit.merge(other.profit)
        roll.merge(other.roll)
        wasStopped = wasStopped || other.wasStopped
    }

    /// Records one finished session: its tallies and its quotes at the profile times.
    mutating func record(_ tally: SessionTally, snapshots: UnsafeBufferPointer<SpreadProfile.Snapshot>) {
        sessions &+= 1
        arrivals &+= plan.arrivals
        truths.count(tally.truth)
        spread.record(snapshots)
        discovery.record(tally.discoveryTime)
        profit.record(
            informed: tally.informedProfit, trades: tally.informedTrades,
            uninformed: tally.uninformedProfit, trades: tally.roll.trades - tally.informedTrades,
            expected: tally.expectedProfit)
        roll.record(tally.roll)
    }
}

/// How many sessions had each of nature's states.
public struct TruthCounts: Equatable, Sendable {
    public private(set) var none = 0
    public private(set) var low = 0
    public private(set) var high = 0

    /// The count for one truth.
    public subscript(truth: Truth) -> Int {
        switch truth {
        case .none: none
        case .low: low
        case .high: high
        }
    }

    mutating func count(_ truth: Truth) {
        switch truth {
        case .none: none &+= 1
        case .low: low &+= 1
        case .high: high &+= 1
        }
    }

    mutating func merge(_ other: TruthCounts) {
        none &+= other.none
        low &+= other.low
        high &+= other.high
    }
}

/// One session's totals, kept by the session loop in registers and recorded when it ends.
struct SessionTally {
    var truth: Truth
    var informedProfit = 0.0
    var uninformedProfit = 0.0
    var informedTrades = 0
    /// Σ over trades of price − E[V | order] (the market maker's expected profit given each order).
    var expectedProfit = 0.0
    var discoveryTime: Int?
    var roll = RollEstimate.SessionSums()
}
