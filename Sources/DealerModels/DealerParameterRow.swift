import MarketCore

/// One parameter of a dealer model as `set`, `params`, `help`, completion and error wording show
/// it: the one place its symbol, meaning and accepted values are written.
public struct DealerParameterRow: Sendable {
    /// The name `set` takes.
    public let name: String
    public let symbol: String
    public let meaning: String
    public let accepted: Interval
    /// What the value may be, in words, for error messages and help.
    public let accepts: String
    /// Whether a change defines a new opening and restarts the market at t = 0; the others apply
    /// from the next trade.
    public let restartsMarket: Bool

    public init(
        name: String, symbol: String, meaning: String, accepted: Interval, accepts: String, restartsMarket: Bool
    ) {
        self.name = name
        self.symbol = symbol
        self.meaning = meaning
        self.accepted = accepted
        self.accepts = accepts
        self.restartsMarket = restartsMarket
    }
}

/// Why a dealer model refused a parameter change: the value lies outside the row's interval.
public struct DealerParameterError: Error, Equatable, Sendable {
    /// The parameter's name.
    public let name: String
    public let value: Double
    public let accepted: Interval
}
