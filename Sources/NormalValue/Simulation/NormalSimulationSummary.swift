/// The results of a normal-model Monte Carlo study, each a mean over sessions with its standard
/// error (sessions are independent, so s/√n is the standard error of the mean).
public struct NormalSimulationSummary: Equatable, Sendable {
    /// Arrivals per session.
    public let arrivals: Int
    /// Sessions played to the end.
    public private(set) var sessions = 0
    /// Sessions stopped by an order the market maker gave probability 0 before convergence: none
    /// are expected, and they are left out of every other figure.
    public private(set) var failedSessions = 0
    /// Sessions whose belief reached the precision of a Double (bid = ask = v to within a few
    /// ulps) before the last arrival, and the arrival at which they did; their quotes stand from then.
    public private(set) var convergedSessions = 0
    public private(set) var convergenceArrival = MeanEstimate()
    /// The spread after t arrivals, t = 0 (the opening) … arrivals.
    public private(set) var spreadByTrade: [MeanEstimate]
    /// |mid − v| after t arrivals.
    public private(set) var distanceByTrade: [MeanEstimate]
    /// Nature's v, across sessions.
    public private(set) var trueValue = MeanEstimate()
    /// The market maker's realised profit per session from informed traders (Σ a − v on their buys,
    /// v − b on their sells), and from uninformed traders, and both together.
    public private(set) var profitFromInformed = MeanEstimate()
    public private(set) var profitFromUninformed = MeanEstimate()
    public private(set) var profit = MeanEstimate()
    /// Trades with each kind of trader, over all sessions.
    public private(set) var informedTrades = 0
    public private(set) var uninformedTrades = 0

    init(arrivals: Int) {
        self.arrivals = arrivals
        spreadByTrade = Array(repeating: MeanEstimate(), count: arrivals + 1)
        distanceByTrade = Array(repeating: MeanEstimate(), count: arrivals + 1)
    }

    /// The spread averaged over every trade number 1 … arrivals and every session.
    public var averageSpread: Double {
        let after = spreadByTrade.dropFirst()
        return after.isEmpty ? spreadByTrade[0].mean : after.map(\.mean).reduce(0, +) / Double(after.count)
    }

    mutating func record(_ session: SessionResult) {
        if session.failed {
            failedSessions += 1
            return
        }
        sessions += 1
        if let t = session.convergedAt {
            convergedSessions += 1
            convergenceArrival.add(Double(t))
        }
        for t in session.spreads.indices {
            spreadByTrade[t].add(session.spreads[t])
            distanceByTrade[t].add(session.distances[t])
        }
        trueValue.add(session.trueValue)
        profitFromInformed.add(session.fromInformed)
        profitFromUninformed.add(session.fromUninformed)
        profit.add(session.fromInformed + session.fromUninformed)
        informedTrades += session.informedTrades
        uninformedTrades += session.uninformedTrades
    }
}
