import Foundation

/// One period's update in the normal model, carrying every number the shell prints.
///
/// With the quotes (b, a) the order met and the belief before it:
/// - P(order) = μ·P(v in the informed piece) + (1−μ)·ε for the order: μ·P(v > a) + (1−μ)ε_b for a
///   buy, μ·P(v < b) + (1−μ)ε_s for a sell, μ·P(b ≤ v ≤ a) + (1−μ)(1−ε_b−ε_s) for no trade;
/// - P(trader informed | order) = μ·P(v in the informed piece)/P(order);
/// - E[v | order] = E[v] + P(informed | order)·(E[v | informed piece] − E[v]), which is the
///   posterior mean; at the opening, for a buy, E[v | buy] = m + P(informed | buy)·σ·λ(z);
/// - the market maker's profit on a buy, a − v realised and a − E[v | buy] = c expected (v − b and
///   E[v | sell] − b = c on a sell); and, given the true v, the expected profit of the period before
///   anyone arrived: P(buy | v)·(a − v) + P(sell | v)·(v − b), P(buy | v) = μ·1{v > a} + (1−μ)ε_b.
public struct NormalBayesStep: Equatable, Sendable {
    /// The period this order filled, counting from 1.
    public let time: Int
    /// What the market maker observed.
    public let order: Order
    /// What the arrival wanted (differs from `order` when it left a side with no quote).
    public let wanted: Order
    /// Who sent it, as nature drew it; hidden from the market maker.
    public let trader: Trader
    /// The quotes the order met, with their fixed points.
    public let quoteBefore: NormalQuote
    /// The quotes after the update.
    public let quoteAfter: NormalQuote
    /// E[v] and sd[v] before the order.
    public let meanBefore: Double
    public let standardDeviationBefore: Double
    /// E[v | order] and sd[v | order]: the posterior's mean and standard deviation.
    public let meanAfter: Double
    public let standardDeviationAfter: Double
    /// P(v in the informed piece) before the order: P(v > a), P(v < b) or P(b ≤ v ≤ a).
    public let informedPieceProbability: Double
    /// E[v | v in the informed piece]; nil when that piece had no mass.
    public let informedPieceMean: Double?
    /// log P(order), the logarithm of the normaliser that updated the belief.
    public let logEvidence: Double
    /// P(trader informed | order).
    public let pInformed: Double
    /// z = (a − m)/σ and λ(z) for a buy (z = (b − m)/σ and λ(−z), E[v | v < b] = m − σ·λ(−z),
    /// for a sell) when the belief before the order was still the prior normal; nil otherwise.
    public let millsRatio: MillsRatio?
    /// Nature's v, known to the teacher only.
    public let trueValue: Double
    /// E[profit of the period | v] before the arrival, from the quotes it met.
    public let expectedProfitGivenValue: Double

    /// P(order).
    public var evidence: Double { exp(logEvidence) }

    /// The fixed-point equation at the quote the order met (nil for no trade).
    public var equation: QuoteEquation? {
        switch order {
        case .buy: quoteBefore.ask.fixedPoint?.equation
        case .sell: quoteBefore.bid.fixedPoint?.equation
        case .none: nil
        }
    }

    /// The market maker's expected profit given the order: a − E[v | buy] or E[v | sell] − b. It is
    /// the cost c, because the quote is the fixed point.
    public var expectedProfit: Double? {
        guard let price = fillPrice else { return nil }
        return order == .buy ? price - meanAfter : meanAfter - price
    }

    /// What the step keeps of the belief before the order (not the belief itself, which the
    /// update then changes in place).
    struct Before {
        let mean: Double
        let standardDeviation: Double
        let isNormal: Bool
        let priorMean: Double
        let sigma: Double

        init(_ posterior: NormalPosterior) {
            mean = posterior.mean
            standardDeviation = posterior.standardDeviation
            isNormal = posterior.isNormal
            priorMean = posterior.priorMean
            sigma = posterior.sigma
        }

        func value(_ z: Double) -> Double { priorMean + sigma * z }
        func standardised(_ v: Double) -> Double { (v - priorMean) / sigma }
    }

    init(
        time: Int, order: Order, wanted: Order, trader: Trader, before: Before,
        after: NormalPosterior, quoteBefore: NormalQuote, quoteAfter: NormalQuote,
        piece: (probability: Double, moment: Double), logEvidence: Double, parameters p: NormalParameters,
        trueValue: Double
    ) {
        self.time = time
        self.order = order
        self.wanted = wanted
        self.trader = trader
        self.quoteBefore = quoteBefore
        self.quoteAfter = quoteAfter
        meanBefore = before.mean
        standardDeviationBefore = before.standardDeviation
        meanAfter = after.mean
        standardDeviationAfter = after.standardDeviation
        informedPieceProbability = piece.probability
        informedPieceMean = piece.probability > 0 ? before.value(piece.moment / piece.probability) : nil
        self.logEvidence = logEvidence
        // At most 1 (it is a share of P(order)); only rounding, once the belief is a few Doubles
        // wide, could put it above.
        pInformed = min(1, p.mu * piece.probability / exp(logEvidence))
        self.trueValue = trueValue
        millsRatio = Self.millsRatio(order, before: before, quote: quoteBefore)
        var expected = 0.0
        if let a = quoteBefore.ask.price {
            expected += (p.mu * (trueValue > a ? 1 : 0) + (1 - p.mu) * p.epsBuy) * (a - trueValue)
        }
        if let b = quoteBefore.bid.price {
            expected += (p.mu * (trueValue < b ? 1 : 0) + (1 - p.mu) * p.epsSell) * (trueValue - b)
        }
        expectedProfitGivenValue = expected
    }

    private static func millsRatio(_ order: Order, before: Before, quote: NormalQuote) -> MillsRatio? {
        guard before.isNormal else { return nil }
        switch order {
        case .buy:
            guard let a = quote.ask.price else { return nil }
            let z = before.standardised(a)
            return MillsRatio(z: z, lambda: StandardNormal.inverseMillsRatio(z))
        case .sell:
            guard let b = quote.bid.price else { return nil }
            let z = before.standardised(b)
            return MillsRatio(z: z, lambda: StandardNormal.inverseMillsRatio(-z))
        case .none:
            return nil
        }
    }
}

/// The standardised quote an order met at the opening and the inverse Mills ratio there:
/// for a buy z = (a − m)/σ and λ(z) = φ(z)/(1 − Φ(z)), so E[v | v > a] = m + σ·λ(z); for a sell
/// z = (b − m)/σ and λ(−z), so E[v | v < b] = m − σ·λ(−z).
public struct MillsRatio: Equatable, Sendable {
    public let z: Double
    public let lambda: Double
}

extension NormalBayesStep: FilledOrder {
    /// The quotes the order met.
    public var askMet: Double? { quoteBefore.ask.price }
    public var bidMet: Double? { quoteBefore.bid.price }
}
