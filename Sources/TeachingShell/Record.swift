import Foundation
import MarketModel

/// The machine-readable state after a command: one JSON object per command in `--json` mode.
public struct Record: Sendable, Encodable {
    public var command: String
    public var t: Int
    public var bid: Double?
    public var ask: Double?
    public var mid: Double?
    public var spread: Double?
    public var pHigh: Double
    public var pLow: Double
    public var pEvent: Double
    /// P(this trader was informed | order) for the last order this command applied.
    public var pInformed: Double?
    /// The last order this command applied, and its fill price.
    public var order: String?
    public var price: Double?
    /// Who sent it, as nature drew it (absent for typed orders).
    public var trader: String?
    /// True when both sides are withdrawn; the per-side flags say which side.
    public var closed: Bool
    public var askClosed: Bool
    public var bidClosed: Bool
    public var error: String?
    /// A study's figures (`simulate`, `compare`), the same as its text shows.
    public var results: StudyResults?

    /// The record of `market` after `command`, with the last Bayes step if there was one.
    init(command: String, market: Market, step: BayesStep?) {
        let quote = market.quote
        self.command = command
        t = market.time
        bid = quote.bid.price
        ask = quote.ask.price
        mid = quote.mid
        spread = quote.spread
        pHigh = market.belief.pHigh
        pLow = market.belief.pLow
        pEvent = market.belief.pEvent
        closed = quote.isClosed
        askClosed = quote.ask.isWithdrawn
        bidClosed = quote.bid.isWithdrawn
        if let step {
            pInformed = step.pInformed
            order = step.order.word
            price = step.fillPrice
            trader = step.trader == .unknown ? nil : step.trader.word
        }
    }

    enum CodingKeys: String, CodingKey {
        case command, t, bid, ask, mid, spread
        case pHigh = "p_high", pLow = "p_low", pEvent = "p_event", pInformed = "p_informed"
        case order, price, trader, closed
        case askClosed = "ask_closed", bidClosed = "bid_closed"
        case error, results
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(command, forKey: .command)
        try c.encode(t, forKey: .t)
        try c.encode(bid, forKey: .bid)
        try c.encode(ask, forKey: .ask)
        try c.encode(mid, forKey: .mid)
        try c.encode(spread, forKey: .spread)
        try c.encode(pHigh, forKey: .pHigh)
        try c.encode(pLow, forKey: .pLow)
        try c.encode(pEvent, forKey: .pEvent)
        try c.encode(pInformed, forKey: .pInformed)
        try c.encodeIfPresent(order, forKey: .order)
        try c.encodeIfPresent(price, forKey: .price)
        try c.encodeIfPresent(trader, forKey: .trader)
        try c.encode(closed, forKey: .closed)
        try c.encode(askClosed, forKey: .askClosed)
        try c.encode(bidClosed, forKey: .bidClosed)
        try c.encodeIfPresent(error, forKey: .error)
        try c.encodeIfPresent(results, forKey: .results)
    }

    /// One line of JSON.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{\"error\":\"record could not be encoded\"}" }
        return String(decoding: data, as: UTF8.self)
    }
}

extension Order {
    /// The word the shell uses for this order.
    public var word: String {
        switch self {
        case .buy: "buy"
        case .sell: "sell"
        case .none: "none"
        }
    }
}

extension Trader {
    /// The word a tape (history, exports) uses: `informed`, `noise`, or `typed` for a typed order.
    public var tapeWord: String {
        switch self {
        case .informed: "informed"
        case .uninformed: "noise"
        case .unknown: "typed"
        }
    }

    /// The word the shell uses for this trader type.
    public var word: String {
        switch self {
        case .informed: "informed"
        case .uninformed: "uninformed"
        case .unknown: "unknown"
        }
    }
}
