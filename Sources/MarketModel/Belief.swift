import Foundation

/// The market maker's probability over the three states, kept as normalised log-probabilities.
///
/// Working in logs means a million orders in one direction never underflow to 0/0: a state's
/// probability can become 10^-5000 and still come back if the order flow turns.
public struct Belief: Equatable, Sendable {
    /// log π_s for each state, normalised so that Σ exp(log π_s) = 1 (−∞ for a ruled-out state).
    public let logProbability: StateVector

    /// The opening belief: π_N = 1 − α, π_B = α·δ, π_G = α·θ.
    public init(opening parameters: Parameters) {
        let alpha = parameters.alpha
        let theta = parameters.prior
        logProbability = StateVector(
            noEvent: log(1 - alpha),
            bad: log(alpha) + log(1 - theta),
            good: log(alpha) + log(theta)
        )
    }

    /// A belief from log-probabilities that already sum to one.
    public init(normalisedLog: StateVector) {
        logProbability = normalisedLog
    }

    /// π_s for each state.
    public var probability: StateVector { logProbability.map(exp) }

    /// P(V = V_H): the probability of the good-news state.
    public var pHigh: Double { exp(logProbability.good) }
    /// P(V = V_L): the probability of the bad-news state.
    public var pLow: Double { exp(logProbability.bad) }
    /// P(event) = π_B + π_G: the probability that informed traders are active.
    ///
    /// Read from the event states' own log-weights while "no event" is the likelier (1 − π_N would
    /// cancel every digit once P(event) is small), and as 1 − π_N otherwise (exactly 1 when α = 1).
    public var pEvent: Double {
        let l = logProbability
        return l.noEvent > log(0.5) ? exp(l.bad) + exp(l.good) : -expm1(l.noEvent)
    }

    /// E[V] under this belief.
    public func expectedValue(of values: StateVector) -> Double {
        let p = probability
        return p.combined(with: values, *).sum
    }

    /// Bayes' rule: the belief after an observation with likelihood P(o | s), and log P(o).
    ///
    /// Returns nil when the observation has probability zero under this belief.
    public func conditioned(on likelihood: StateVector) -> (posterior: Belief, logEvidence: Double)? {
        let logJoint = logProbability.combined(with: likelihood) { logPrior, l in logPrior + log(l) }
        let shift = max(logJoint.noEvent, logJoint.bad, logJoint.good)
        guard shift > -.infinity, shift.isFinite else { return nil }
        let logEvidence = shift + log(logJoint.map { exp($0 - shift) }.sum)
        return (Belief(normalisedLog: logJoint.map { $0 - logEvidence }), logEvidence)
    }
}
