import Foundation
import MarketCore

/// The machine-readable state after a command: one JSON object per command in `--json` mode.
public struct Record: Sendable, Encodable {
    public var command: String
    /// The model the market runs under (`model`).
    public var model: String
    public var t: Int
    public var bid: Double?
    public var ask: Double?
    public var mid: Double?
    public var spread: Double?
    /// E[V], the market maker's expectation of the value.
    public var value: Double
    /// P(this trader was informed | order) for the last order this command applied: the step's
    /// `informedProbability`, set here once for every model (no model's `fill` writes it).
    public private(set) var pInformed: Double?
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
    /// A model's own keys (the binary model's `p_high`, the normal model's `sd`, Kyle's `lambda`,
    /// PIN's `pin`, …), written flat into the object; nil is written as null, and a key the model
    /// does not write is absent. Written only through the model's `RecordField` keys.
    package private(set) var fields: [String: Double?] = [:]

    /// A model's own field: reads nil when absent or null; a nil written is written as null.
    package subscript<Field: RecordField>(_ field: Field) -> Double? {
        get { fields[field.rawValue] ?? nil }
        set { fields[field.rawValue] = .some(newValue) }
    }

    /// A market's clock and its two quotes (nil for a side with none); the mid and the spread
    /// exist only while both sides do.
    package mutating func fill(t: Int, bid: Double?, ask: Double?) {
        (self.t, self.bid, self.ask) = (t, bid, ask)
        (mid, spread) = (TwoSidedPrices.mid(bid: bid, ask: ask), TwoSidedPrices.spread(bid: bid, ask: ask))
    }

    /// The order a step applied: its word, the fill price (nil for no trade) and who sent it, as
    /// nature drew it (absent for a typed order, `.unknown`).
    package mutating func fill(_ order: Order, price: Double?, trader: Trader) {
        self.order = order.word
        self.price = price
        self.trader = trader == .unknown ? nil : trader.tapeWord
    }

    /// The record of `session` after `command`, with the last Bayes step if there was one; each
    /// model fills in its own fields.
    package init(command: String, session: ModelSession, step: (any ModelStep)?) {
        self.command = command
        model = session.kind.rawValue
        (t, value, closed, askClosed, bidClosed) = (0, .nan, false, false, false)
        session.market.fill(&self)
        step?.fill(&self)
        pInformed = step?.informedProbability
    }

    /// A key of a model's own fields.
    private struct FieldKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    package enum CodingKeys: String, CodingKey, CaseIterable {
        case command, model, t, bid, ask, mid, spread, value
        case pInformed = "p_informed"
        case order, price, trader, closed
        case askClosed = "ask_closed"
        case bidClosed = "bid_closed"
        case error, results
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(command, forKey: .command)
        try c.encode(model, forKey: .model)
        try c.encode(t, forKey: .t)
        try c.encode(bid, forKey: .bid)
        try c.encode(ask, forKey: .ask)
        try c.encode(mid, forKey: .mid)
        try c.encode(spread, forKey: .spread)
        try c.encode(value, forKey: .value)
        try c.encode(pInformed, forKey: .pInformed)
        try c.encodeIfPresent(order, forKey: .order)
        try c.encodeIfPresent(price, forKey: .price)
        try c.encodeIfPresent(trader, forKey: .trader)
        try c.encode(closed, forKey: .closed)
        try c.encode(askClosed, forKey: .askClosed)
        try c.encode(bidClosed, forKey: .bidClosed)
        try c.encodeIfPresent(error, forKey: .error)
        try c.encodeIfPresent(results, forKey: .results)
        var own = encoder.container(keyedBy: FieldKey.self)
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            try own.encode(value, forKey: FieldKey(stringValue: key))
        }
    }

    /// One line of JSON.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{\"error\":\"record could not be encoded\"}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The keys of a model's own `--json` fields, declared once by the model as an enum whose raw
/// values are the `snake_case` keys: a misspelt key is a compile error, and `allCases` is the
/// list of the model's fields (its descriptor's `recordFields`, which the contract test checks).
public protocol RecordField: RawRepresentable<String>, CaseIterable, Sendable {}

extension RecordField {
    /// The keys, in the enum's order.
    package static var keys: [String] { allCases.map(\.rawValue) }
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
}
