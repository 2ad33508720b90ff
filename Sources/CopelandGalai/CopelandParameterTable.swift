/// The name of a Copeland–Galai parameter (the seed lives elsewhere).
public enum CopelandParameterName: String, CaseIterable, Sendable {
    case mean, width, pi, premium

    /// The values this parameter accepts (the row's interval, without building the row's words).
    ///
    /// w and C must be positive: the informed loss divides by w, the liquidity acceptance by C.
    public var accepted: Interval {
        switch self {
        case .mean: Interval(-1e9, 1e9)
        case .width, .premium: Interval(0, 1e6, includesLower: false)
        case .pi: Interval(0, 1)
        }
    }

    /// This parameter's row of the table.
    ///
    /// Every change restarts the market: m and w define the value's law (nature redraws V), and the
    /// dealer chooses her half-spread once per market for its π and C.
    public var row: CopelandParameterRow {
        switch self {
        case .mean:
            ParameterTableRow(
                self, symbol: "m", meaning: "the middle of the value's range, E[V]",
                accepted: accepted, accepts: "a number from -1e9 to 1e9", restartsMarket: true)
        case .width:
            ParameterTableRow(
                self, symbol: "w", meaning: "half-width of the value's range: V ~ U[m − w, m + w]",
                accepted: accepted, accepts: "a number above 0, at most 1e6",
                restartsMarket: true)
        case .pi:
            ParameterTableRow(
                self, symbol: "π", meaning: "probability that an arrival is informed",
                accepted: accepted, accepts: "a probability from 0 to 1", restartsMarket: true)
        case .premium:
            ParameterTableRow(
                self, symbol: "C",
                meaning: "a liquidity trader pays at most u ~ U[0, C] above m (takes u below m)",
                accepted: accepted, accepts: "a number above 0, at most 1e6",
                restartsMarket: true)
        }
    }
}

/// One parameter as `set`, `params`, `help`, completion and error wording show it: MarketCore's
/// one row type, as every model's table.
public typealias CopelandParameterRow = ParameterTableRow<CopelandParameterName>

/// The Copeland–Galai model's parameter table, in the order `params` lists it.
public let copelandParameterTable: [CopelandParameterRow] = CopelandParameterName.allCases.map(\.row)

/// Why the model refused an input: each case names the input, the value given and what is accepted.
public enum CopelandError: Error, Equatable, Sendable {
    /// A parameter outside its row's interval (NaN and ±∞ lie in none).
    case outOfRange(CopelandParameterName, value: Double, accepted: Interval)
    /// A half-spread for `profit X` or a posted quote that is negative, not finite, or above 1e9.
    case halfSpreadOutOfRange(value: Double, accepted: Interval)
    /// A value for nature outside [m − w, m + w].
    case valueOutOfRange(value: Double, accepted: Interval)

    /// The half-spreads the model evaluates or posts: 0 to 1e9 (every x ≥ max(w, C) earns exactly 0).
    public static let acceptedHalfSpread = Interval(0, 1e9)
}
