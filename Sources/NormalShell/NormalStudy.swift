import Foundation
import NormalValue
import ShellKit

extension NormalSession {
    /// `simulate` under the normal model: M sessions of N arrivals on every core (or `threads`),
    /// session i seeded as every model's `simulate` seeds it, recorded in session order so the
    /// figures do not depend on the threads; the market itself is untouched. Ctrl-C stops it with
    /// the sessions done so far.
    package func simulate(_ request: SimulationRequest, context: ModelContext) throws(ShellError) -> ModelReply {
        if request.distance != nil {
            throw .notInModel(
                verb: "simulate distance", model: .normal,
                instead: "it reports |mid − v| at every trade number instead of a discovery time")
        }
        let truth = request.truth.map(NormalTruth.init) ?? .drawn
        let study = NormalSimulation(
            parameters: market.parameters, sessions: request.sessions, arrivals: request.trades, truth: truth)
        let seed = request.seed ?? self.seed
        let report = context.reportProgress
        let total = request.sessions
        let summary: NormalSimulationSummary
        do {
            summary = try study.run(
                threads: request.threads ?? ProcessInfo.processInfo.activeProcessorCount,
                generator: { Xoshiro256(seed: seed, session: $0) }, shouldStop: context.shouldStop,
                progress: { report(.simulating, $0, total) })
        } catch {
            throw .refused(error)
        }
        report(.simulating, total, total)
        var lines = NormalSimulationText(summary: summary, truth: truth, cost: market.parameters.cost).lines
        if summary.sessions < total {
            lines.append(
                Line(
                    "stopped after \(summary.sessions) of \(total) sessions; the figures are those sessions'", .warning)
            )
        }
        return ModelReply(
            lines, results: .model(ModelResults(NormalSimulationResults(summary, requested: total, seed: seed))))
    }
}

/// The normal model's `simulate` figures for `--json`, each a mean over sessions with its
/// standard error (absent when undefined).
public struct NormalSimulationResults: Sendable, Encodable, Equatable {
    struct Estimate: Sendable, Encodable, Equatable {
        let mean: Double?
        let standardError: Double?

        init(_ e: MeanEstimate) {
            mean = e.count > 0 && e.mean.isFinite ? e.mean : nil
            standardError = e.standardError.flatMap { $0.isFinite ? $0 : nil }
        }

        enum CodingKeys: String, CodingKey {
            case mean
            case standardError = "standard_error"
        }
    }

    let study = "simulate"
    let requested, sessions, arrivals, convergedSessions, failedSessions: Int
    let seed: UInt64
    let openingSpread, finalSpread, openingDistance, finalDistance: Estimate
    let profitFromInformed, profitFromUninformed, profit: Estimate

    init(_ s: NormalSimulationSummary, requested: Int, seed: UInt64) {
        self.requested = requested
        self.seed = seed
        (sessions, arrivals, convergedSessions, failedSessions) = (
            s.sessions, s.arrivals, s.convergedSessions, s.failedSessions
        )
        (openingSpread, finalSpread) = (Estimate(s.spreadByTrade[0]), Estimate(s.spreadByTrade[s.arrivals]))
        (openingDistance, finalDistance) = (Estimate(s.distanceByTrade[0]), Estimate(s.distanceByTrade[s.arrivals]))
        (profitFromInformed, profitFromUninformed, profit) = (
            Estimate(s.profitFromInformed), Estimate(s.profitFromUninformed), Estimate(s.profit)
        )
    }

    enum CodingKeys: String, CodingKey {
        case study, requested, sessions, arrivals, seed
        case convergedSessions = "converged_sessions"
        case failedSessions = "failed_sessions"
        case openingSpread = "opening_spread"
        case finalSpread = "final_spread"
        case openingDistance = "opening_distance"
        case finalDistance = "final_distance"
        case profitFromInformed = "profit_from_informed"
        case profitFromUninformed = "profit_from_uninformed"
        case profit
    }
}
