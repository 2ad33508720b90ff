/// One simulated session arrival by arrival, with the quotes each arrival met.
///
/// Made by `SessionSimulator.trace(session:)` with the same loop as the Monte Carlo runs, so a test
/// can replay it through `Market.observe` and compare, and a lesson can show one session in full.
public struct SessionTrace: Equatable, Sendable {
    /// The session's index in the plan.
    public let session: Int
    /// Nature's state in this session.
    public let truth: Truth
    /// Every arrival the loop drew, in order.
    public internal(set) var arrivals: [TracedArrival] = []
    /// Set when both sides closed after this many arrivals: beliefs froze and the loop drew no more;
    /// every later period is a no-trade at the same quote.
    public internal(set) var frozenAt: Int?
    /// The quotes after the last arrival.
    public internal(set) var finalBid = Double.nan
    public internal(set) var finalAsk = Double.nan
    /// This session alone as a summary: its profit, discovery time, spread profile and Roll sums.
    public internal(set) var summary: SimulationSummary

    init(session: Int, truth: Truth, summary: SimulationSummary) {
        self.session = session
        self.truth = truth
        self.summary = summary
    }
}

/// One arrival of a traced session.
public struct TracedArrival: Equatable, Sendable {
    /// Who nature sent (hidden from the market maker).
    public let trader: Trader
    /// What the arrival wanted to do.
    public let wanted: Order
    /// What the market maker saw: `wanted`, or no trade when that side was closed.
    public let order: Order
    /// The quotes the arrival met (NaN for an undefined side).
    public let bid: Double
    public let ask: Double
    /// P(s) as the loop held it when the quotes were made (before this arrival), or nil in a
    /// saturated stretch, where the loop plays the certain state's quotes and does not update.
    public let belief: StateVector?
}

extension SessionTrace: ArrivalWatcher {
    mutating func arrival(
        informed: Bool, wanted: Int, order: Int, bid: Double, ask: Double,
        weights q: (Double, Double, Double), learns: Bool
    ) {
        let orders: [Order] = [.buy, .sell, .none]
        let total = q.0 + q.1 + q.2
        let belief = learns ? StateVector(noEvent: q.0 / total, bad: q.1 / total, good: q.2 / total) : nil
        arrivals.append(
            TracedArrival(
                trader: informed ? .informed : .uninformed,
                wanted: orders[wanted], order: orders[order], bid: bid, ask: ask, belief: belief))
    }

    mutating func froze(at time: Int) { frozenAt = time }

    mutating func finished(bid: Double, ask: Double) {
        finalBid = bid
        finalAsk = ask
    }
}
