/// Nature's draw for one arrival: who she is, the side a liquidity trader wants, and her reservation
/// premium.
///
/// `CopelandMarket.draw(using:)` takes exactly three uniforms per arrival, in this order, whoever
/// arrives: U₁ < π makes her informed, U₂ < ½ makes a liquidity trader a buyer, and u = C·U₃. A
/// fixed count keeps the k-th arrival of a seed on the same three numbers whatever came before.
public struct CopelandDraw: Equatable, Sendable {
    /// Whether the arrival is informed (probability π).
    public let informed: Bool
    /// Whether a liquidity trader wants to buy (probability ½) rather than sell; unused when informed.
    public let wantsToBuy: Bool
    /// u ~ U[0, C], the most a liquidity trader pays above m (or concedes below it); unused when informed.
    public let reservation: Double

    public init(informed: Bool, wantsToBuy: Bool, reservation: Double) {
        self.informed = informed
        self.wantsToBuy = wantsToBuy
        self.reservation = reservation
    }
}

/// One arrival at the dealer's quotes, with every number the shell prints about it.
public struct CopelandArrival: Equatable, Sendable {
    /// The arrival's number, 1 for the first.
    public let time: Int
    /// What nature drew.
    public let draw: CopelandDraw
    /// V, nature's value for this market (the dealer never sees it).
    public let value: Double
    /// The half-spread posted; nil when the market is shut.
    public let halfSpread: Double?
    /// What the arrival would do at the quotes.
    ///
    /// Informed: buy if V > ask, sell if V < bid, else none (and none when there are no quotes).
    /// Liquidity: the side she wants.
    public let wanted: Order
    /// What traded: `wanted` for an informed arrival; a liquidity trader's side if u ≥ x, else none;
    /// none whenever the market is shut.
    public let order: Order
    /// The price paid: the ask for a buy, the bid for a sell; nil without a trade.
    public let price: Double?
    /// The dealer's realised profit: ask − V on a buy, V − bid on a sell, 0 without a trade.
    public let profit: Double

    /// Informed or uninformed (liquidity), as nature drew her.
    public var trader: Trader { draw.informed ? .informed : .uninformed }

    /// Whether a liquidity trader met quotes wider than her reservation (u < x) and left.
    public var declined: Bool {
        guard !draw.informed, let x = halfSpread else { return false }
        return draw.reservation < x
    }
}
