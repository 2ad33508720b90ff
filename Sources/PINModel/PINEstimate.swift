/// Maximum-likelihood estimates of the EKOP parameters from daily counts, with the search's record.
public struct PINEstimate: Sendable {
    /// One start's search: where it began and the maximum it reached.
    public struct StartOutcome: Sendable {
        public let start: StartingPoint
        public let parameters: PINParameters
        public let logLikelihood: Double
        public let steps: Int
    }

    /// α̂, δ̂, μ̂, ε̂_b, ε̂_s (`low` and `high` at their defaults: the counts say nothing of them).
    public let parameters: PINParameters
    /// The full log-likelihood at the estimate, with −Σ ln(B!·S!) (Lin–Ke factorisation).
    public let logLikelihood: Double
    public let days: Int
    /// Every start's outcome, in the order they were tried.
    public let outcomes: [StartOutcome]
    /// How many starts ended within `PINEstimate.sameMaximum` of the best log-likelihood.
    public let reachedBest: Int
    /// From the observed information; nil where they do not apply (see `StandardErrors`).
    public let standardErrors: StandardErrors

    /// Two searches reached the same maximum when their log-likelihoods differ by at most this.
    public static func sameMaximum(_ best: Double) -> Double { max(1e-3, 1e-9 * abs(best)) }

    /// PIN at the estimate.
    public var pin: Double { parameters.pin }

    /// The lowest maximum a start stopped at (the local-optimum trap when it is below the best).
    public var worstOutcome: StartOutcome? { outcomes.min { $0.logLikelihood < $1.logLikelihood } }
}

/// Why an estimate cannot be made from the days held.
public enum PINEstimationError: Error, Equatable, Sendable {
    case noDays
    /// Every day has 0 buys (or 0 sells): ε_b (ε_s) would be 0, outside the model.
    case noBuys
    case noSells
    /// No start gave a finite log-likelihood.
    case noStart
    /// `shouldStop` said stop after `done` of `of` starts.
    case interrupted(done: Int, of: Int)
}

public enum PINEstimator {
    /// Every start from both methods: Yan–Zhang's grid, then Ersan–Alici's clusters.
    public static func startingPoints(_ days: [TradingDay], _ sample: PINSample) -> [StartingPoint] {
        StartingPoint.grid(sample) + StartingPoint.clusters(days)
    }

    /// Fits α, δ, μ, ε_b, ε_s by maximum likelihood from every start (or the starts given), keeping
    /// the best; `shouldStop` is asked before each start (Ctrl-C in the shell).
    public static func estimate(
        _ days: [TradingDay], starts given: [StartingPoint]? = nil, shouldStop: () -> Bool = { false }
    ) throws(PINEstimationError) -> PINEstimate {
        guard !days.isEmpty else { throw .noDays }
        let sample = PINSample(days)
        guard sample.totalBuys > 0 else { throw .noBuys }
        guard sample.totalSells > 0 else { throw .noSells }
        let starts = given ?? startingPoints(days, sample)
        let search = NewtonAscent()
        var outcomes: [PINEstimate.StartOutcome] = []
        var best: (NewtonAscent.Outcome, Int)?
        for (index, start) in starts.enumerated() {
            if shouldStop() { throw .interrupted(done: index, of: starts.count) }
            let outcome = search.maximise(sample, from: UnconstrainedPoint(start.parameters))
            guard outcome.logLikelihood.isFinite else { continue }
            outcomes.append(
                PINEstimate.StartOutcome(
                    start: start, parameters: outcome.point.parameters, logLikelihood: outcome.logLikelihood,
                    steps: outcome.steps))
            if outcome.logLikelihood > best?.0.logLikelihood ?? -.infinity { best = (outcome, outcomes.count - 1) }
        }
        guard let (top, _) = best else { throw .noStart }
        let tolerance = PINEstimate.sameMaximum(top.logLikelihood)
        let reached = outcomes.filter { top.logLikelihood - $0.logLikelihood <= tolerance }.count
        return PINEstimate(
            parameters: top.point.parameters, logLikelihood: top.logLikelihood, days: days.count,
            outcomes: outcomes, reachedBest: reached,
            standardErrors: StandardErrors(sample: sample, at: top.point))
    }

    /// The profile log-likelihood over α: for each α given, the maximum over δ, μ, ε_b, ε_s with α
    /// held there, searched from `estimate`'s point with α replaced and from Ersan–Alici's starts.
    public static func profile(
        _ days: [TradingDay], alphas: [Double], around estimate: PINEstimate
    ) -> [(alpha: Double, logLikelihood: Double)] {
        let sample = PINSample(days)
        var search = NewtonAscent()
        search.free = [false, true, true, true, true]
        let others = [estimate.parameters] + StartingPoint.clusters(days).map(\.parameters)
        return alphas.map { alpha in
            let best =
                others.map { p -> Double in
                    var start = p
                    start.alpha = alpha
                    return search.maximise(sample, from: UnconstrainedPoint(start)).logLikelihood
                }.max() ?? -.infinity
            return (alpha, best)
        }
    }
}
