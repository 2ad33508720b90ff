import Foundation

/// One period's update, carrying every number the shell prints: prior, likelihoods, evidence,
/// posterior, the odds form, the chance the trader was informed, and the quotes before and after.
public struct BayesStep: Equatable, Sendable {
    /// The period this order filled, counting from 1.
    public let time: Int
    /// What the market maker observed.
    public let order: Order
    /// What the arrival wanted to do (differs from `order` when it left a withdrawn side).
    public let wanted: Order
    /// Who sent it, as nature drew it; hidden from the market maker.
    public let trader: Trader
    /// The belief before the order.
    public let prior: Belief
    /// P(order | s), given which sides were open.
    public let likelihood: StateVector
    /// log P(order) = log Σ π_s·P(order | s).
    public let logEvidence: Double
    /// The belief after the order: π_s·P(order | s) / P(order).
    public let posterior: Belief
    /// P(this trader was informed | order), from the beliefs before the update.
    public let pInformed: Double
    /// The quotes the order met.
    public let quoteBefore: Quote
    /// The quotes after the update.
    public let quoteAfter: Quote
    /// The value in nature's state, known to the teacher only.
    public let trueValue: Double

    /// P(order) = Σ π_s·P(order | s).
    public var evidence: Double { exp(logEvidence) }

    /// π_s·P(order | s) for each state.
    public var joint: StateVector {
        prior.logProbability.combined(with: likelihood) { logPrior, l in exp(logPrior + log(l)) }
    }

    /// The market maker's expected profit given the order: price − E[V | order] for a buy,
    /// E[V | order] − price for a sell. It is the cost c where the quote is E[V | order] ± c, and more
    /// where informed traders stay out and the quote sits at V_H (or V_L) beyond it.
    public func expectedProfit(values: StateVector) -> Double? {
        guard let price = fillPrice else { return nil }
        let conditional = posterior.expectedValue(of: values)
        return order == .buy ? price - conditional : conditional - price
    }

    /// log of the likelihood ratio P(o | V_H) / P(o | V_L), which multiplies the odds of V_H to V_L.
    public var logLikelihoodRatio: Double { log(likelihood.good) - log(likelihood.bad) }

    /// The likelihood ratio of "event" against "no event": P(o | event) / P(o | no event),
    /// with P(o | event) weighted by the prior odds of good against bad news.
    public var eventLikelihoodRatio: Double {
        let p = prior.probability
        let event = p.bad + p.good
        guard event > 0 else { return .nan }
        let givenEvent = (p.bad * likelihood.bad + p.good * likelihood.good) / event
        return givenEvent / likelihood.noEvent
    }
}

extension BayesStep: FilledOrder {
    /// The quotes the order met.
    public var askMet: Double? { quoteBefore.ask.price }
    public var bidMet: Double? { quoteBefore.bid.price }
}
