/// A day's information: none, bad news or good news.
public enum DayType: String, CaseIterable, Sendable, Codable {
    case none, bad, good
}

/// One trading day's counts of buyer- and seller-initiated trades, with an optional date label.
public struct TradingDay: Equatable, Sendable {
    public var buys: Int
    public var sells: Int
    /// The date as the data file wrote it (any text), or nil for days nature drew.
    public var date: String?

    public init(buys: Int, sells: Int, date: String? = nil) {
        self.buys = buys
        self.sells = sells
        self.date = date
    }
}
