import DealerModels
import ShellKit

/// Roll-model exercises with round numbers. The answer is the model's own (`serialCovariance`),
/// and the worked steps are what `explain` prints for it.
enum RollExercise {
    /// c ≥ 0.25, so |cov| ≥ 0.25²·4·0.2·0.8 = 0.04, four times the tolerance.
    static let halfSpreads: [Double] = [0.25, 0.5, 1, 0.75]
    static let gammas: [Double] = [0.5, 0.3, 0.4, 0.6, 0.8]

    static func draw(_ kind: DrillKind, _ draw: inout DrillDraw) -> Exercise {
        var p = RollParameters()
        p.halfSpread = draw.pick(halfSpreads)
        p.gamma = draw.pick(gammas)
        return exercise(kind, p)
    }

    /// Cov(Δp_t, Δp_{t−1}) = −c²·4γ(1−γ): the worked steps are `explain`'s lines for this market.
    static func exercise(_ kind: DrillKind, _ p: RollParameters) -> Exercise {
        guard kind == .covariance else { preconditionFailure("the roll model offers only \(DrillKind.kinds(of: .roll)) drills") }
        let explain = RollViews(session: RollSession(parameters: p)).explain
        let value = p.serialCovariance
        return Exercise(
            model: .roll, kind: kind,
            setting: [
                Line(
                    "Roll's market: p_t = m_t + c·q_t with c = \(Format.number(p.halfSpread)); a trade is a buy (q = +1) with γ = \(Format.number(p.gamma)), else a sell (q = −1), signs independent"
                ),
                Line("the efficient price m_t walks with independent steps; trades carry no information"),
            ],
            question: "What is Cov(Δp_t, Δp_{t−1}), the covariance of successive price changes? (\(Exercise.toleranceText))",
            answer: .number(value), answerName: "Cov(Δp_t, Δp_{t−1})",
            answerSentence: "Cov(Δp_t, Δp_{t−1}) is \(Format.change(value))",
            steps: [Array(explain.prefix(4)), Array(explain.dropFirst(4).prefix(1))],
            commands: [
                "model roll", "set half_spread \(Format.number(p.halfSpread))", "set gamma \(Format.number(p.gamma))",
                "explain",
            ],
            recordKey: "")
    }
}

/// Roll's own drill kind.
extension DrillKind {
    /// Roll's covariance of successive price changes, −c²·4γ(1−γ).
    package static let covariance = DrillKind("covariance", summary: "Cov(Δp_t, Δp_{t−1}) from c and γ")
}
