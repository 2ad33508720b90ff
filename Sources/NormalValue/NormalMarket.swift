/// The market maker's side of a normal-value market: parameters, posterior, clock and quotes.
public struct NormalMarket: Equatable, Sendable {
    public private(set) var parameters: NormalParameters
    public private(set) var posterior: NormalPosterior
    /// The number of periods so far.
    public private(set) var time: Int = 0
    /// The quotes, kept with the posterior and parameters they come from.
    public private(set) var quote: NormalQuote

    /// A market at its opening: t = 0, the prior N(m, σ²).
    public init(parameters: NormalParameters = NormalParameters()) {
        self.parameters = parameters
        posterior = NormalPosterior(mean: parameters.mean, sigma: parameters.sigma)
        quote = NormalQuote(posterior: posterior, parameters: parameters)
    }

    /// What an arrival who wanted `wanted` ends up doing: it leaves a side with no quote.
    public func outcome(of wanted: Order) -> Order {
        switch wanted {
        case .buy: quote.ask.price == nil ? .none : .buy
        case .sell: quote.bid.price == nil ? .none : .sell
        case .none: .none
        }
    }

    /// The likelihood of `order` at the current quotes, with ±∞ for a side that has no quote.
    private func likelihood(of order: Order) -> NormalLikelihood {
        let ask = quote.ask.price.map(posterior.standardised) ?? .infinity
        let bid = quote.bid.price.map(posterior.standardised) ?? -.infinity
        return NormalLikelihood(order, ask: ask, bid: bid, parameters: participating)
    }

    /// The parameters with ε_b and ε_s scaled by the participation at the quotes (as they are
    /// with inelastic demand): the order flow the market maker expects now.
    private var participating: NormalParameters { participating(at: quote) }

    /// Inelastic demand leaves ε_b and ε_s as they are.
    private func participating(at q: NormalQuote) -> NormalParameters {
        guard parameters.elastic != .off else { return parameters }
        return parameters.participating(buy: q.ask.participation, sell: q.bid.participation)
    }

    /// (P(v in the piece where the informed send `order`), E[Z·1{that piece}]) in z.
    private func informedPiece(of order: Order, _ l: NormalLikelihood) -> (probability: Double, moment: Double) {
        switch order {
        case .buy: return posterior.upper(l.cuts[0])
        case .sell: return posterior.lower(l.cuts[0])
        case .none:
            if l.cuts[0] >= l.cuts[1] { return (0, 0) }
            let below = posterior.lower(l.cuts[0])
            let above = posterior.upper(l.cuts[1])
            return (
                max(0, 1 - below.probability - above.probability),
                posterior.standardMean - below.moment - above.moment
            )
        }
    }

    /// The market maker's probability that the next period brings `order`.
    public func probability(of order: Order) -> Double {
        let l = likelihood(of: outcome(of: order))
        let piece = informedPiece(of: outcome(of: order), l)
        let uninformed = l.factors[l.informedPiece] - parameters.mu
        return parameters.mu * piece.probability + uninformed
    }

    /// Applies one period's order and returns the Bayes step that updated the posterior.
    ///
    /// - Parameters:
    ///   - wanted: the order the arrival wanted; it becomes "no trade" on a side with no quote.
    ///   - trader: who sent it, as nature drew it (`.unknown` for typed orders).
    ///   - trueValue: nature's v, for the teacher's view of profits.
    ///   - strict: when true, an order on a side with no quote is refused rather than turned into
    ///     no trade (the learner typed `buy` where no ask exists).
    public mutating func observe(
        _ wanted: Order, from trader: Trader, trueValue: Double, strict: Bool = false
    ) throws(NormalMarketError) -> NormalBayesStep {
        let order = outcome(of: wanted)
        if strict, order != wanted {
            let side: Side = wanted == .buy ? .ask : .bid
            if case .none(let reason) = quote[side] { throw .noQuote(side, reason) }
        }
        let l = likelihood(of: order)
        let piece = informedPiece(of: order, l)
        guard parameters.mu * piece.probability + (l.factors[l.informedPiece] - parameters.mu) > 0 else {
            throw hasConverged ? .converged(order) : .impossible(order)
        }
        let before = NormalBayesStep.Before(posterior)
        let quoteBefore = quote
        let logEvidence = posterior.multiply(cuts: l.cuts, logFactors: l.logFactors)
        // Not reached after the check above; a refused multiply leaves the distribution as it was.
        guard logEvidence > -.infinity else { throw hasConverged ? .converged(order) : .impossible(order) }
        quote = NormalQuote(posterior: posterior, parameters: parameters)
        time += 1
        return NormalBayesStep(
            time: time, order: order, wanted: wanted, trader: trader, before: before, after: posterior,
            quoteBefore: quoteBefore, quoteAfter: quote, piece: piece, logEvidence: logEvidence,
            parameters: participating(at: quoteBefore), trueValue: trueValue)
    }

    /// Whether nature's `arrival` leaves the market stuck.
    ///
    /// It does when the belief has converged (`hasConverged`), the arrival is an informed trade, and the trade's likelihood is one number
    /// on all of the belief (no probability in the piece where the informed send it, or none
    /// outside it). At the precision of a Double the belief can sit wholly on one side of a quote
    /// a Double away from v; an informed trade there multiplies all of it by one factor, the quotes
    /// stay, and every later informed arrival makes the same trade at the same quotes, so a run
    /// stops there. An informed no-trade at a converged belief agrees with it and runs on.
    public func isStuck(on arrival: NormalArrival) -> Bool {
        let order = outcome(of: arrival.wanted)
        guard hasConverged, arrival.trader == .informed, order != .none else { return false }
        let l = likelihood(of: order)
        let piece = informedPiece(of: order, l)
        let outside: Double
        switch order {
        case .buy: outside = posterior.lower(l.cuts[0]).probability
        case .sell: outside = posterior.upper(l.cuts[0]).probability
        case .none: return false
        }
        return piece.probability == 0 || outside == 0
    }

    /// Whether the bid and ask are within a few Doubles of each other: the posterior has shrunk to
    /// the spacing of Doubles around v, past which the exact model cannot be followed.
    public var hasConverged: Bool {
        guard let a = quote.ask.price, let b = quote.bid.price else { return false }
        return a - b <= 4 * max(a.magnitude, b.magnitude).ulp
    }

    /// Puts back the posterior and clock of an earlier period (for `undo`).
    public mutating func rewind(to posterior: NormalPosterior, time: Int) {
        self.posterior = posterior
        self.time = time
        quote = NormalQuote(posterior: posterior, parameters: parameters)
    }

    /// Back to the prior at t = 0 with the same parameters.
    public mutating func reset() {
        rewind(to: NormalPosterior(mean: parameters.mean, sigma: parameters.sigma), time: 0)
    }

    /// Adopts new parameters. A new prior (m, σ) restarts at t = 0; other changes keep the posterior.
    /// Refused when a side would have no quote (μ = 1, or ε = 0 on a side).
    public mutating func adopt(_ new: NormalParameters, restart: Bool) throws(NormalParameterError) {
        let candidate = restart ? NormalPosterior(mean: new.mean, sigma: new.sigma) : posterior
        let q = NormalQuote(posterior: candidate, parameters: new)
        if case .none(let reason) = q.ask, !reason.isWithdrawal { throw .quoteUndefined(.ask, reason) }
        if case .none(let reason) = q.bid, !reason.isWithdrawal { throw .quoteUndefined(.bid, reason) }
        parameters = new
        posterior = candidate
        quote = q
        if restart { time = 0 }
    }
}

/// Why an order could not be applied. The market is left unchanged.
public enum NormalMarketError: Error, Equatable, Sendable {
    /// The side the order needs has no quote.
    case noQuote(Side, NoQuote)
    /// The market maker gives the order probability 0.
    case impossible(Order)
    /// The market maker has learnt v to the precision of a Double (`NormalMarket.hasConverged`):
    /// bid = ask = v, an informed trader there is indifferent and stays out, and that no-trade has
    /// probability 0 under a continuous belief; or, in a run, the quotes a Double off v, an informed
    /// trade that could change nothing and would come again at the same quotes for ever
    /// (`isStuck(on:)`). Informed trading keeps the quotes bisecting v, so the
    /// belief's sd falls geometrically: in `glosten-bench --cases normal --seed 42` at the defaults, 21 of 1000
    /// sessions got here within 200 arrivals, at arrival 179 on average.
    case converged(Order)
}
