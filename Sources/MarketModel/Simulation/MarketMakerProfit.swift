/// The market maker's realised profit against the true value, split by who it traded with.
///
/// On a buy it earns ask − V, on a sell V − bid. It loses to informed traders and earns from the
/// uninformed. Given each order it expects price − E[V | order]: c where the quote is E[V | order] ± c,
/// more where informed traders stay out and the quote sits at V_H (or V_L) beyond it. So when nature
/// draws the truth from the market maker's prior, total − `expected` has mean zero. A truth fixed by
/// the plan is not the prior: then the net profit can be anything, and `netPerSession` with its
/// standard error says what it was.
public struct MarketMakerProfit: Equatable, Sendable {
    /// Trades with informed traders.
    public private(set) var informedTrades = 0
    /// Trades with uninformed traders.
    public private(set) var uninformedTrades = 0
    /// Sessions recorded.
    public private(set) var sessions = 0
    private var informed: FixedPointSum
    private var uninformed: FixedPointSum
    private var sessionSquares: FixedPointSum
    /// Σ over trades of price − E[V | order].
    private var expectedSum: FixedPointSum
    /// Σ over sessions of (total − expected)².
    private var netSessionSquares: FixedPointSum
    /// The per-trade cost c the quotes carry.
    public let cost: Double

    /// `perSession` bounds one session's total, N·(V_H − V_L + c); `cost` is c.
    init(perSession: Double, cost: Double) {
        self.cost = cost
        informed = FixedPointSum(bound: perSession)
        uninformed = FixedPointSum(bound: perSession)
        sessionSquares = FixedPointSum(bound: perSession * perSession)
        expectedSum = FixedPointSum(bound: perSession)
        netSessionSquares = FixedPointSum(bound: 4 * perSession * perSession)
    }

    /// Total profit on trades with informed traders (negative: they know V).
    public var fromInformed: Double { informed.value }
    /// Total profit on trades with uninformed traders.
    public var fromUninformed: Double { uninformed.value }
    /// Total profit on all trades.
    public var total: Double { fromInformed + fromUninformed }
    /// All trades.
    public var trades: Int { informedTrades + uninformedTrades }

    /// Mean profit per trade with an informed trader.
    public var perInformedTrade: Double? { informedTrades > 0 ? fromInformed / Double(informedTrades) : nil }
    /// Mean profit per trade with an uninformed trader.
    public var perUninformedTrade: Double? { uninformedTrades > 0 ? fromUninformed / Double(uninformedTrades) : nil }
    /// Mean profit per trade.
    public var perTrade: Double? { trades > 0 ? total / Double(trades) : nil }

    /// The mean total profit of a session.
    public var perSession: Double? { sessions > 0 ? total / Double(sessions) : nil }

    /// The standard error of `perSession`, from the spread of the sessions' totals.
    public var perSessionStandardError: Double? {
        guard sessions > 1, let mean = perSession else { return nil }
        let n = Double(sessions)
        let variance = max(0, (sessionSquares.value / n - mean * mean) * n / (n - 1))
        return (variance / n).squareRoot()
    }

    /// The mean number of trades in a session.
    public var tradesPerSession: Double? { sessions > 0 ? Double(trades) / Double(sessions) : nil }

    /// Σ over trades of price − E[V | order]: what the quotes expect to earn given each order
    /// (c × trades when every quote is E[V | order] ± c).
    public var expected: Double { expectedSum.value }

    /// The mean profit of a session net of what the quotes expect given each order (total −
    /// `expected`; c × trades when every quote is E[V | order] ± c). Zero in expectation when the
    /// truth is drawn from the market maker's prior.
    public var netPerSession: Double? {
        sessions > 0 ? (total - expected) / Double(sessions) : nil
    }

    /// The standard error of `netPerSession`, from the spread of the sessions' net totals.
    public var netPerSessionStandardError: Double? {
        guard sessions > 1, let mean = netPerSession else { return nil }
        let n = Double(sessions)
        let variance = max(0, (netSessionSquares.value / n - mean * mean) * n / (n - 1))
        return (variance / n).squareRoot()
    }

    /// Records one session's totals.
    mutating func record(
        informed fromInformed: Double, trades informedCount: Int,
        uninformed fromUninformed: Double, trades uninformedCount: Int, expected: Double
    ) {
        informed.add(fromInformed)
        uninformed.add(fromUninformed)
        let total = fromInformed + fromUninformed
        sessionSquares.add(total * total)
        expectedSum.add(expected)
        netSessionSquares.add((total - expected) * (total - expected))
        informedTrades &+= informedCount
        uninformedTrades &+= uninformedCount
        sessions &+= 1
    }

    mutating func merge(_ other: MarketMakerProfit) {
        informed.merge(other.informed)
        uninformed.merge(other.uninformed)
        sessionSquares.merge(other.sessionSquares)
        expectedSum.merge(other.expectedSum)
        netSessionSquares.merge(other.netSessionSquares)
        informedTrades &+= other.informedTrades
        uninformedTrades &+= other.uninformedTrades
        sessions &+= other.sessions
    }
}
