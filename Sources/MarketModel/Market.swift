import Foundation

/// The market maker's side of a Glosten–Milgrom market: parameters, belief and the clock.
public struct Market: Equatable, Sendable {
    public private(set) var parameters: Parameters {
        didSet { quote = Quote(belief: belief, parameters: parameters) }
    }
    public private(set) var belief: Belief {
        didSet { quote = Quote(belief: belief, parameters: parameters) }
    }
    /// The number of periods so far.
    public private(set) var time: Int = 0
    /// The market maker's current bid and ask, kept with the belief and parameters it comes from.
    public private(set) var quote: Quote

    /// A market at its opening: t = 0, belief from the parameters.
    public init(parameters: Parameters = Parameters()) {
        self.parameters = parameters
        belief = Belief(opening: parameters)
        quote = Quote(belief: belief, parameters: parameters)
    }

    /// P(order | s) as the market maker sees it now: withdrawn sides and informed traders who will
    /// not trade at the quote are folded into "no trade".
    public func likelihood(of order: Order) -> StateVector {
        parameters.likelihood(of: order, at: quote)
    }

    /// The market maker's probability that the next period brings `order`.
    public func probability(of order: Order) -> Double {
        belief.conditioned(on: likelihood(of: order)).map { exp($0.logEvidence) } ?? 0
    }

    /// What an arrival who wanted `wanted` ends up doing: it leaves a side that is not open.
    public func outcome(of wanted: Order) -> Order {
        Self.outcome(of: wanted, at: quote)
    }

    private static func outcome(of wanted: Order, at quote: Quote) -> Order {
        switch wanted {
        case .buy: quote.ask.isOpen ? .buy : .none
        case .sell: quote.bid.isOpen ? .sell : .none
        case .none: .none
        }
    }

    /// Applies one period's order and returns the Bayes step that updated the belief.
    ///
    /// - Parameters:
    ///   - wanted: the order the arrival wanted; it becomes "no trade" on a side that is not open.
    ///   - trader: who sent it, as nature drew it (`.unknown` for typed orders).
    ///   - truth: nature's state, for the teacher's view of the true value.
    ///   - strict: when true, an order on a side that is not open is refused rather than turned
    ///     into no trade (the learner typed `buy` into a closed market).
    public mutating func observe(
        _ wanted: Order, from trader: Trader, truth: MarketState, strict: Bool = false
    ) throws(MarketError) -> BayesStep {
        let before = quote
        if strict, wanted != .none {
            let side = wanted == .buy ? before.ask : before.bid
            let name: Side = wanted == .buy ? .ask : .bid
            if side.hasNoBreakEven {
                throw .noBreakEven(
                    name, cost: parameters.cost, scale: side.elastic?.condition.scale ?? .infinity, mu: parameters.mu)
            }
            if side.isWithdrawn {
                throw .sideWithdrawn(
                    name, halfSpread: side.halfSpread ?? 0, tolerance: parameters.tolerance, cost: parameters.cost,
                    mu: parameters.mu)
            }
            if side.price == nil {
                throw .impossible(wanted, askOpen: before.ask.isOpen, bidOpen: before.bid.isOpen)
            }
        }
        let order = Self.outcome(of: wanted, at: before)
        let likelihood = parameters.likelihood(of: order, at: before)
        guard let (posterior, logEvidence) = belief.conditioned(on: likelihood) else {
            throw .impossible(order, askOpen: before.ask.isOpen, bidOpen: before.bid.isOpen)
        }
        let informed = parameters.informedLikelihood(of: order, at: before)
        let pPost = posterior.probability
        var pInformed = 0.0
        for state in MarketState.allCases where likelihood[state] > 0 {
            pInformed += pPost[state] * informed[state] / likelihood[state]
        }
        let priorBelief = belief
        belief = posterior
        time += 1
        return BayesStep(
            time: time, order: order, wanted: wanted, trader: trader,
            prior: priorBelief, likelihood: likelihood, logEvidence: logEvidence,
            posterior: posterior, pInformed: pInformed,
            quoteBefore: before, quoteAfter: quote,
            trueValue: parameters.values[truth]
        )
    }

    /// Puts back the belief and clock of an earlier period (for `undo`).
    public mutating func rewind(to belief: Belief, time: Int) {
        self.belief = belief
        self.time = time
    }

    /// Back to the opening belief at t = 0 with the same parameters.
    public mutating func reset() {
        belief = Belief(opening: parameters)
        time = 0
    }

    /// Adopts new parameters. A new opening (values, prior, α) restarts at t = 0; other changes keep
    /// the belief. Refused when it would leave a side with no possible order (undefined quote).
    @discardableResult
    public mutating func adopt(_ new: Parameters, restart: Bool) throws(ParameterError) -> Bool {
        let candidateBelief = restart ? Belief(opening: new) : belief
        let quote = Quote(belief: candidateBelief, parameters: new)
        if quote.ask.price == nil { throw .quoteUndefined(.ask) }
        if quote.bid.price == nil { throw .quoteUndefined(.bid) }
        parameters = new
        belief = candidateBelief
        if restart { time = 0 }
        return restart
    }
}

/// Why an order could not be applied. The market is left unchanged.
public enum MarketError: Error, Equatable, Sendable {
    /// The side the order wants is withdrawn: its break-even half-spread exceeds the tolerance. The
    /// cost c and μ say which changes would reopen it (the half-spread is c plus the part μ makes).
    case sideWithdrawn(Side, halfSpread: Double, tolerance: Double, cost: Double, mu: Double)
    /// The side the order wants is withdrawn: against elastic uninformed demand no price breaks even.
    /// The cost c, C and μ say which changes would reopen it.
    case noBreakEven(Side, cost: Double, scale: Double, mu: Double)
    /// The order has probability zero under the market maker's belief, so Bayes' rule is undefined.
    case impossible(Order, askOpen: Bool, bidOpen: Bool)
    /// `informed` was asked for in a state with no information event: no one is informed.
    case noInformedTraders
    /// `undo` at t = 0.
    case nothingToUndo
}
