/// The market maker's realised profit against the true value, split by who it traded with.
///
/// On a buy it earns ask − V, on a sell V − bid. Given the order, its expected profit is c (the quote
/// is E[V | order] ± c), or more where the price sits at a value bound because informed traders stay
/// out, so when nature draws the truth from the market maker's prior a session's expected profit is
/// at least c × its expected trades. A truth fixed by the plan is not the prior: then the
/// net profit can be anything, and `netPerSession` with its standard error says what it was.
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
    /// Σ over sessions of (total − c·trades)².
    private var netSessionSquares: FixedPointSum
    /// The per-trade cost c the quotes carry.
    public let cost: Double

    /// `perSession` bounds one session's total, N·(V_H − V_L + c); `cost` is c.
    init(perSession: Double, cost: Double) {
        self.cost = cost
        informed = FixedPointSum(bound: perSession)
        uninformed = FixedPointSum(bound: perSession)
        sessionSquares = FixedPointSum(bound: perSession * perSession)
        netSessionSquares = FixedPointSum(bound: perSession * perSession)
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

    /// The mean profit of a session net of the cost: total − c × trades. Zero in expectation when the
    /// truth is drawn from the market maker's prior and no quote sits at a value bound; never negative
    /// in expectation then.
    public var netPerSession: Double? {
        sessions > 0 ? (total - cost * Double(trades)) / Double(sessions) : nil
    }

    /// The standard error of `netPerSession`, from the spread of the sessions' net totals.
    public var netPerSessionStandardError: Double? {
        guard sessions > 1, let mean = netPerSession else { return nil }
        let n = Double(sessions)
        let variance = max(0, (netSessionSquares.value / n - mean * mean) * n / (n - 1))
        return (variance / n).squareRoot()
    }

    /// Records one session's totals.
    mutating func record(informed fromInformed: Double, trades informedCount: Int,
                         uninformed fromUninformed: Double, trades uninformedCount: Int) {
        informed.add(fromInformed)
        uninformed.add(fromUninformed)
        let total = fromInformed + fromUninformed
        sessionSquares.add(total * total)
        let net = total - cost * Double(informedCount + uninformedCount)
        netSessionSquares.add(net * net)
        informedTrades &+= informedCount
        uninformedTrades &+= uninformedCount
        sessions &+= 1
    }

    mutating func merge(_ other: MarketMakerProfit) {
        informed.merge(other.informed)
        uninformed.merge(other.uninformed)
        sessionSquares.merge(other.sessionSquares)
        netSessionSquares.merge(other.netSessionSquares)
        informedTrades &+= other.informedTrades
        uninformedTrades &+= other.uninformedTrades
        sessions &+= other.sessions
    }
}
