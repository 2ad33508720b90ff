import MarketCore

/// A risk-averse dealer who prices her inventory (Stoll 1978; Ho and Stoll 1981).
///
/// She holds I lots and quotes bid = r − s, ask = r + s around her reservation price
/// r = v − A·σ²·I: long inventory is risk she would pay to shed, so she shades both quotes down to
/// sell more and buy less; short inventory shades them up. A customer's buy at the ask takes one lot
/// from her (I falls by one), a sell at the bid gives her one. v never changes: no trade carries
/// information, and the quotes move only because I does.
public struct InventoryDealer: Equatable, Sendable {
    public private(set) var parameters: InventoryParameters
    /// Periods so far (trades and customers who left).
    public private(set) var time = 0
    /// I, the dealer's inventory in lots.
    public private(set) var inventory = 0
    /// Cash received from customers minus cash paid to them.
    public private(set) var cash = 0.0

    /// A dealer at the opening: t = 0, no inventory, no cash.
    public init(parameters: InventoryParameters = InventoryParameters()) {
        self.parameters = parameters
    }

    /// r = v − A·σ²·I at the current inventory.
    public var reservationPrice: Double { Self.reservationPrice(parameters, inventory: inventory) }

    /// r = v − A·σ²·I.
    public static func reservationPrice(_ p: InventoryParameters, inventory: Int) -> Double {
        p.mean - p.shadePerLot * Double(inventory)
    }

    /// The quotes r − s and r + s.
    public var quote: DealerQuote { DealerQuote(reservation: reservationPrice, halfSpread: parameters.halfSpread) }

    /// The dealer's cash plus her inventory valued at v: what her trades earned against v.
    public var wealthAtValue: Double { cash + Double(inventory) * parameters.mean }

    /// Keeps the inventory and cash and reprices under new parameters (v is not among those changed
    /// this way: a new v restarts the market).
    public mutating func reprice(_ parameters: InventoryParameters) {
        self.parameters = parameters
    }

    /// A customer trade at the dealer's quote: a buy at the ask (I − 1) or a sell at the bid (I + 1).
    @discardableResult
    public mutating func trade(_ sign: TradeSign) -> InventoryStep {
        period(.customer(sign))
    }

    /// One of nature's customers: a would-be buyer or seller with probability ½, with premium
    /// w = W·u; he trades if the quote is within w of v, else leaves (a period with no trade).
    @discardableResult
    public mutating func arrival(using rng: inout some RandomNumberGenerator) -> InventoryStep {
        let side: TradeSign = rng.nextUnit() < 0.5 ? .buy : .sell
        let premium = parameters.premium * rng.nextUnit()
        return period(.arrival(CustomerArrival(wanted: side, premium: premium)))
    }

    /// Applies one period's event and returns the step with every number the shell prints.
    public mutating func period(_ event: InventoryEvent) -> InventoryStep {
        let before = (inventory: inventory, quote: quote)
        let traded = event.trade(at: before.quote, value: parameters.mean)
        var price: Double?
        switch traded {
        case .buy:
            price = before.quote.ask
            cash += before.quote.ask
            inventory -= 1
        case .sell:
            price = before.quote.bid
            cash -= before.quote.bid
            inventory += 1
        case nil: break
        }
        time += 1
        return InventoryStep(
            time: time, event: event, traded: traded, price: price, value: parameters.mean,
            inventoryBefore: before.inventory, inventoryAfter: inventory, quoteBefore: before.quote,
            quoteAfter: quote, cash: cash, wealthAtValue: wealthAtValue)
    }
}

/// The dealer's two quotes around her reservation price.
public struct DealerQuote: Equatable, Sendable {
    /// r, her marginal valuation at her inventory: she is indifferent to buying one more lot at
    /// r − A·σ²/2 and to selling one at r + A·σ²/2.
    public let reservation: Double
    public let halfSpread: Double

    public init(reservation: Double, halfSpread: Double) { (self.reservation, self.halfSpread) = (reservation, halfSpread) }

    public var bid: Double { reservation - halfSpread }
    public var ask: Double { reservation + halfSpread }
    public var spread: Double { 2 * halfSpread }
}

/// What happened in one period: a typed customer trade, or one of nature's customers.
public enum InventoryEvent: Equatable, Sendable {
    case customer(TradeSign)
    case arrival(CustomerArrival)

    /// The trade that results at `quote`, or nil when nature's customer leaves.
    func trade(at quote: DealerQuote, value: Double) -> TradeSign? {
        switch self {
        case .customer(let sign): sign
        case .arrival(let a): a.trades(at: quote, value: value) ? a.wanted : nil
        }
    }
}

/// One of nature's customers: the side he wants and the most he will concede to v.
public struct CustomerArrival: Equatable, Sendable {
    public let wanted: TradeSign
    /// w: a buyer pays at most v + w, a seller takes at least v − w.
    public let premium: Double

    public init(wanted: TradeSign, premium: Double) { (self.wanted, self.premium) = (wanted, premium) }

    /// The customer's limit: v + w for a buyer, v − w for a seller.
    public func limit(value: Double) -> Double { wanted == .buy ? value + premium : value - premium }

    /// Whether he trades: ask ≤ v + w for a buyer, bid ≥ v − w for a seller.
    public func trades(at quote: DealerQuote, value: Double) -> Bool {
        wanted == .buy ? quote.ask <= limit(value: value) : quote.bid >= limit(value: value)
    }
}

/// One period of the inventory dealer, with every number the shell prints about it.
public struct InventoryStep: Equatable, Sendable {
    public let time: Int
    public let event: InventoryEvent
    /// The trade that happened, or nil when nature's customer left.
    public let traded: TradeSign?
    /// The price it happened at: the ask for a customer buy, the bid for a sell.
    public let price: Double?
    /// v, unchanged by the trade.
    public let value: Double
    public let inventoryBefore: Int
    public let inventoryAfter: Int
    public let quoteBefore: DealerQuote
    public let quoteAfter: DealerQuote
    public let cash: Double
    public let wealthAtValue: Double

    /// How far both quotes moved: −A·σ²·ΔI (0 when nothing traded).
    public var quoteMove: Double { quoteAfter.reservation - quoteBefore.reservation }

    /// What the dealer earned on the lot against v: ask − v on a customer buy, v − bid on a sell.
    public var edge: Double? {
        switch traded {
        case .buy: quoteBefore.ask - value
        case .sell: value - quoteBefore.bid
        case nil: nil
        }
    }
}
