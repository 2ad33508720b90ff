import MarketCore
import ShellKit

/// A student's role in one `trade` round.
public struct TradeRole: Equatable, Sendable {
    public var informed: Bool
    /// An uninformed student's need; nil for the informed, and for an uninformed one the model
    /// drew as staying out.
    public var need: Side?
}

/// What a called student did: a side at the price it met, or a pass.
public struct TradeAction: Equatable, Sendable {
    public var seat: Int
    /// The order's place in the round, from 1.
    public var sequence: Int
    public var side: Side?
    public var price: Double?
    public var robot: Bool
    /// The quotes she faced.
    public var bid: Double?
    public var ask: Double?
}

/// A student's result in a revealed round.
public struct TradeResult: Equatable, Sendable {
    public var seat: Int
    public var role: TradeRole
    public var action: TradeAction?
    /// v − ask for a buy, bid − v for a sell, 0 for a pass (or when she was not called).
    public var profit: Double
    /// The penalty, when uninformed with a need she did not trade toward (called or not).
    public var penalty: Double
    /// profit − penalty.
    public var score: Double { profit - penalty }
}

/// One `trade` round: nature's value, the roles, the call order, the market maker's market as
/// the orders move it, and (after the reveal) the results.
struct TradeRound: Sendable {
    let number: Int
    let value: Double
    let penalty: Double
    /// The computer's market maker: the model's own market, moved by the model's own Bayes step.
    var market: any ModelMarket
    let roles: [Int: TradeRole]
    /// The seats in the order they are called.
    var callOrder: [Int]
    var cursor = 0
    var called: (seat: Int, deadline: Double)?
    var actions: [TradeAction] = []
    /// The market maker's trades, marked to the value.
    var marketMaker = MakerLedger()
    var results: [TradeResult]?
    var revealedAt: Double?

    var isRevealed: Bool { results != nil }
    /// Whether every student in the round has been called and has played.
    var isPlayed: Bool { cursor >= callOrder.count && called == nil }
    var nextToCall: Int? { called == nil && cursor < callOrder.count ? callOrder[cursor] : nil }

    func action(of seat: Int) -> TradeAction? { actions.first { $0.seat == seat } }

    /// The posted quotes: nil for a withdrawn side.
    var quotes: (bid: Double?, ask: Double?) {
        (market.isClosed(.bid) ? nil : market.value(of: .bid), market.isClosed(.ask) ? nil : market.value(of: .ask))
    }

    var posted: PostedQuotes {
        let q = quotes
        return PostedQuotes(round: number, bid: q.bid, ask: q.ask)
    }

    /// The market maker's E[V] now.
    var expectedValue: Double? { market.value(of: .expectedValue) }

    /// The robot's choice for `seat` (the rational policy): an informed student buys when the
    /// value is above the ask and sells when it is below the bid; an uninformed one trades toward
    /// her need when its expected cost (the price's distance from the market maker's E[V]) is at
    /// most the penalty; otherwise a pass.
    func robotChoice(for seat: Int) -> Side? {
        guard let role = roles[seat] else { return nil }
        let q = quotes
        if role.informed {
            if let ask = q.ask, value > ask { return .buy }
            if let bid = q.bid, value < bid { return .sell }
            return nil
        }
        guard let need = role.need, let e = expectedValue else { return nil }
        switch need {
        case .buy: return q.ask.map { $0 - e <= penalty } == true ? .buy : nil
        case .sell: return q.bid.map { e - $0 <= penalty } == true ? .sell : nil
        }
    }

    /// The results, once every called student has played (or the round was cut short): a
    /// student who was not called sits the round out, with no profit and no penalty.
    func computeResults() -> [TradeResult] {
        roles.sorted { $0.key < $1.key }.map { seat, role in
            let action = action(of: seat)
            var profit = 0.0
            if let action, let side = action.side, let price = action.price {
                profit = side == .buy ? value - price : price - value
            }
            var penalty = 0.0
            if let action, !role.informed, let need = role.need, action.side != need { penalty = self.penalty }
            return TradeResult(seat: seat, role: role, action: action, profit: profit, penalty: penalty)
        }
    }
}
