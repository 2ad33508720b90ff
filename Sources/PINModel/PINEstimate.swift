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
    /// The log-likelihood of the no-event point (α = 0, ε_b = B̄, ε_s = S̄), the maximum over the
    /// face α = 0: N·(B̄ ln B̄ − B̄ + S̄ ln S̄ − S̄) − Σ ln(B!·S!).
    public let noEventLogLikelihood: Double
    /// True when the best fit has no information event: α at 0.
    ///
    /// The searches' best sits there, or none rose above the no-event point. Then `parameters` is
    /// that point, PIN is 0, and μ and δ are not identified (with α = 0 the counts do not depend
    /// on them).
    public let noEvent: Bool

    /// The parameters the counts say nothing about at this estimate (μ and δ when α is 0).
    public var notIdentified: [PINParameterName] { noEvent ? [.delta, .mu] : [] }

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
    /// `shouldStop` said stop after `done` of `of` starts (`of` nil: while clustering the days).
    case interrupted(done: Int, of: Int?)
    /// `shouldStop` said stop in `profile` after `done` of `of` values of α.
    case profileInterrupted(done: Int, of: Int)
}

public enum PINEstimator {
    /// Every start from both methods: Yan–Zhang's grid, then Ersan–Alici's clusters (nil when
    /// `shouldStop` said stop while clustering).
    public static func startingPoints(
        _ days: TradingDays, _ sample: PINSample, shouldStop: () -> Bool = { false }
    ) -> [StartingPoint]? {
        StartingPoint.clusters(days, shouldStop: shouldStop).map { StartingPoint.grid(sample) + $0 }
    }

    /// Fits α, δ, μ, ε_b, ε_s by maximum likelihood.
    ///
    /// From every start (or the starts given), keeping the best, set against the no-event point
    /// (α = 0, ε at the mean counts), where the likelihood's supremum lies when no day looks
    /// informed. `shouldStop` is asked while the days are clustered and before every Newton step
    /// (Ctrl-C in the shell).
    public static func estimate(
        _ days: TradingDays, starts given: [StartingPoint]? = nil, shouldStop: () -> Bool = { false }
    ) throws(PINEstimationError) -> PINEstimate {
        guard !days.isEmpty else { throw .noDays }
        let sample = PINSample(days)
        guard sample.totalBuys > 0 else { throw .noBuys }
        guard sample.totalSells > 0 else { throw .noSells }
        guard let starts = given ?? startingPoints(days, sample, shouldStop: shouldStop) else {
            throw .interrupted(done: 0, of: nil)
        }
        let search = NewtonAscent()
        var outcomes: [PINEstimate.StartOutcome] = []
        var best: NewtonAscent.Outcome?
        for (index, start) in starts.enumerated() {
            guard
                let outcome = search.maximise(
                    sample, from: UnconstrainedPoint(start.parameters), shouldStop: shouldStop)
            else { throw .interrupted(done: index, of: starts.count) }
            guard outcome.logLikelihood.isFinite else { continue }
            outcomes.append(
                PINEstimate.StartOutcome(
                    start: start, parameters: outcome.point.parameters, logLikelihood: outcome.logLikelihood,
                    steps: outcome.steps))
            if outcome.logLikelihood > best?.logLikelihood ?? -.infinity { best = outcome }
        }
        let quiet = noEventPoint(sample)
        let quietLogLikelihood = sample.logLikelihood(quiet)
        // α within 10⁻⁶ of 0 is α at its bound 0 (`UnconstrainedPoint.atBound`): the no-event point.
        guard let top = best, top.logLikelihood > quietLogLikelihood, top.point.alpha >= 1e-6 else {
            let tolerance = PINEstimate.sameMaximum(quietLogLikelihood)
            return PINEstimate(
                parameters: quiet, logLikelihood: quietLogLikelihood, days: days.count, outcomes: outcomes,
                reachedBest: outcomes.filter { quietLogLikelihood - $0.logLikelihood <= tolerance }.count,
                standardErrors: StandardErrors(noEvent: sample), noEventLogLikelihood: quietLogLikelihood,
                noEvent: true)
        }
        let tolerance = PINEstimate.sameMaximum(top.logLikelihood)
        let reached = outcomes.filter { top.logLikelihood - $0.logLikelihood <= tolerance }.count
        return PINEstimate(
            parameters: top.point.parameters, logLikelihood: top.logLikelihood, days: days.count,
            outcomes: outcomes, reachedBest: reached,
            standardErrors: StandardErrors(sample: sample, at: top.point), noEventLogLikelihood: quietLogLikelihood,
            noEvent: false)
    }

    /// The same from days given one by one.
    public static func estimate(
        _ days: [TradingDay], starts given: [StartingPoint]? = nil, shouldStop: () -> Bool = { false }
    ) throws(PINEstimationError) -> PINEstimate {
        try estimate(TradingDays(days), starts: given, shouldStop: shouldStop)
    }

    /// The no-event point: α = 0, ε_b = B̄, ε_s = S̄ (the Poisson means' maximum-likelihood
    /// estimates); δ = ½ and μ = 0 stand in for the two parameters it leaves unidentified.
    static func noEventPoint(_ sample: PINSample) -> PINParameters {
        let n = Double(sample.count)
        return PINParameters(alpha: 0, delta: 0.5, mu: 0, epsBuy: sample.totalBuys / n, epsSell: sample.totalSells / n)
    }

    /// The profile log-likelihood over α.
    ///
    /// For each α given, the maximum over δ, μ, ε_b, ε_s with α held there, searched from
    /// `estimate`'s point with α replaced (when it has an event), from Ersan–Alici's starts, and from δ = ½, μ = (B̄ + S̄)/2, ε at the means. At α = 0 it is the
    /// no-event log-likelihood. `shouldStop` is asked before every Newton step.
    public static func profile(
        _ days: TradingDays, alphas: [Double], around estimate: PINEstimate, shouldStop: () -> Bool = { false }
    ) throws(PINEstimationError) -> [(alpha: Double, logLikelihood: Double)] {
        let sample = PINSample(days)
        var search = NewtonAscent()
        search.free = [false, true, true, true, true]
        guard let clusters = StartingPoint.clusters(days, shouldStop: shouldStop) else {
            throw .profileInterrupted(done: 0, of: alphas.count)
        }
        var fallback = noEventPoint(sample)
        fallback.mu = (fallback.epsBuy + fallback.epsSell) / 2
        let others = (estimate.noEvent ? [] : [estimate.parameters]) + clusters.map(\.parameters) + [fallback]
        var points: [(alpha: Double, logLikelihood: Double)] = []
        for (index, alpha) in alphas.enumerated() {
            guard alpha > 0 else {
                points.append((alpha, estimate.noEventLogLikelihood))
                continue
            }
            var best = -Double.infinity
            for p in others {
                var start = p
                start.alpha = alpha
                guard let outcome = search.maximise(sample, from: UnconstrainedPoint(start), shouldStop: shouldStop)
                else { throw .profileInterrupted(done: index, of: alphas.count) }
                best = max(best, outcome.logLikelihood)
            }
            points.append((alpha, best))
        }
        return points
    }

    /// The same from days given one by one.
    public static func profile(
        _ days: [TradingDay], alphas: [Double], around estimate: PINEstimate
    ) -> [(alpha: Double, logLikelihood: Double)] {
        (try? profile(TradingDays(days), alphas: alphas, around: estimate)) ?? []
    }
}
