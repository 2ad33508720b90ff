import MarketCore

/// The primitives of the inventory dealer (Stoll 1978; Ho and Stoll 1981) and of nature's customers.
///
/// The dealer knows the asset's expected value v, dislikes risk with coefficient A, and sees the
/// value's variance σ²; she quotes r ± s around her reservation price r = v − A·σ²·I. Each period
/// one customer arrives, a would-be buyer or a would-be seller with probability ½ each, who trades
/// only if the quote is within his premium w ~ U[0, W] of v: a buyer pays at most v + w, a seller
/// takes at least v − w (Ho and Stoll's demand that falls linearly with the markup). The defaults
/// (v = 100, A = 0.1, σ = 1, s = 0.5, W = 2) shade the quotes by 0.1 a lot and pull inventory back
/// by 5% of itself a period while |I| ≤ 5.
public struct InventoryParameters: Equatable, Sendable {
    /// v, the asset's expected value (nobody learns anything about it).
    public var mean: Double = 100
    /// A, the dealer's risk aversion.
    public var risk: Double = 0.1
    /// σ, the standard deviation of the asset's value.
    public var sigma: Double = 1
    /// s, the half-spread around the reservation price (order-processing cost).
    public var halfSpread: Double = 0.5
    /// W, the largest premium over or under v that a customer accepts.
    public var premium: Double = 2

    public init() {}

    /// A·σ², how far the reservation price moves per lot of inventory.
    public var shadePerLot: Double { risk * sigma * sigma }

    /// The mean-reversion rate κ = A·σ²/W.
    ///
    /// E[ΔI | I] = −κ·I while no customer's limit binds: |A·σ²·I| ≤ s and s + |A·σ²·I| ≤ W.
    public var reversionRate: Double { shadePerLot / premium }
}

/// The name of an inventory-model parameter (the seed lives elsewhere).
public enum InventoryParameterName: String, CaseIterable, Sendable {
    case mean, risk, sigma
    case halfSpread = "half_spread"
    case premium
}

extension InventoryParameters: ParameterSet {
    /// A parameter's row of the table.
    ///
    /// `mean` restarts the market (a new v is news, which this model does not have); the others
    /// keep the inventory and reprice the quotes at once.
    public static func row(_ name: InventoryParameterName) -> ParameterTableRow<InventoryParameterName> {
        let (symbol, meaning): (String, String) =
            switch name {
            case .mean: ("v", "the asset's expected value (fixed: nobody learns)")
            case .risk: ("A", "the dealer's risk aversion")
            case .sigma: ("σ", "standard deviation of the asset's value")
            case .halfSpread: ("s", "half-spread around the reservation price")
            case .premium:
                ("W", "customers' largest premium: a buyer pays ≤ v + w, a seller takes ≥ v − w, w ~ U[0, W]")
            }
        let (accepted, accepts): (Interval, String) =
            switch name {
            case .mean: (Interval(-1e9, 1e9), "a number from -1e9 to 1e9")
            case .premium: (Interval(0, 1e6, includesLower: false), "a number above 0, at most 1e6")
            case .risk, .sigma, .halfSpread: (Interval(0, 1e6), "a number from 0 to 1e6")
            }
        return ParameterTableRow(
            name, symbol: symbol, meaning: meaning, accepted: accepted, accepts: accepts, restartsMarket: name == .mean)
    }

    public static func field(_ name: InventoryParameterName) -> WritableKeyPath<InventoryParameters, Double> {
        switch name {
        case .mean: \.mean
        case .risk: \.risk
        case .sigma: \.sigma
        case .halfSpread: \.halfSpread
        case .premium: \.premium
        }
    }
}

/// The inventory model's parameter table, in the order `params` lists it.
public let inventoryParameterTable = InventoryParameters.table
