/// The probabilities of nature's customers at given quotes, and the expected drift of inventory.
///
/// A would-be buyer (probability ½) with premium w ~ U[0, W] buys iff ask ≤ v + w, which happens
/// with probability clamp(1 − (ask − v)/W, 0, 1); a would-be seller sells iff bid ≥ v − w, with
/// clamp(1 − (v − bid)/W, 0, 1). At r = v − k·I (k = A·σ²), ask − v = s − k·I and v − bid = s + k·I,
/// so while neither clamp binds (|k·I| ≤ s and s + |k·I| ≤ W)
/// E[ΔI] = P(sell) − P(buy) = ½·[(s − k·I) − (s + k·I)]/W = −(k/W)·I:
/// inventory reverts toward 0 at the rate κ = A·σ²/W a period, through the quotes alone.
public struct CustomerFlow: Equatable, Sendable {
    /// P(a customer buys at the ask this period).
    public let buy: Double
    /// P(a customer sells at the bid this period).
    public let sell: Double

    /// The probabilities at `quote` when the asset's expected value is `value` and W is `premium`.
    public init(quote: DealerQuote, value: Double, premium: Double) {
        buy = 0.5 * Self.acceptance(markup: quote.ask - value, premium: premium)
        sell = 0.5 * Self.acceptance(markup: value - quote.bid, premium: premium)
    }

    /// The flow the dealer faces now.
    public init(_ dealer: InventoryDealer) {
        self.init(quote: dealer.quote, value: dealer.parameters.mean, premium: dealer.parameters.premium)
    }

    /// P(w ≥ markup) for w ~ U[0, W]: 1 below 0, 0 above W, linear between.
    public static func acceptance(markup: Double, premium: Double) -> Double {
        min(1, max(0, 1 - markup / premium))
    }

    /// P(the customer leaves without trading).
    public var none: Double { 1 - buy - sell }

    /// E[ΔI] this period: a customer sell adds a lot, a buy takes one.
    public var expectedDrift: Double { sell - buy }
}
