import PINModel
import ShellKit

/// PIN-model exercises with round numbers: PIN = αμ/(αμ + ε_b + ε_s) (EKOP 1996), the model's
/// own `PINParameters.pin`, worked with its numbers and checked against the line `state` prints.
enum PINExercise {
    static let alphas: [Double] = [0.2, 0.3, 0.4, 0.5]
    static let mus: [Double] = [20, 30, 40, 60]
    static let epsilons: [Double] = [10, 20, 30, 40]

    static func draw(_ kind: DrillKind, _ draw: inout DrillDraw) -> Exercise {
        let p = draw.parameters(PINParameters(), [(.alpha, alphas), (.mu, mus), (.epsBuy, epsilons), (.epsSell, epsilons)])
        return exercise(kind, p)
    }

    static func exercise(_ kind: DrillKind, _ p: PINParameters) -> Exercise {
        guard kind == .pin else { preconditionFailure("the pin model offers only \(DrillKind.kinds(of: .pin)) drills") }
        let n = Format.number
        let informed = p.alpha * p.mu
        let total = informed + p.epsBuy + p.epsSell
        return Exercise(
            model: .pin, kind: kind,
            setting: [
                Line(
                    "each day an information event happens with α = \(n(p.alpha)); on event days informed traders arrive at rate μ = \(n(p.mu))"
                ),
                Line("uninformed buyers arrive at ε_b = \(n(p.epsBuy)) a day and sellers at ε_s = \(n(p.epsSell)), every day"),
            ],
            question: "What is PIN, the probability that an order comes from an informed trader? (\(Exercise.toleranceText))",
            answer: .number(p.pin), answerName: "PIN", answerSentence: "PIN is \(Format.price(p.pin))",
            steps: [
                [Line("  informed orders arrive at αμ = \(n(p.alpha)) × \(n(p.mu)) = \(n(informed)) a day on average")],
                [
                    Line("  all orders at αμ + ε_b + ε_s = \(n(informed)) + \(n(p.epsBuy)) + \(n(p.epsSell)) = \(n(total))"),
                    Line("  PIN = αμ/(αμ + ε_b + ε_s) = \(n(informed))/\(n(total)) = \(Format.probability(p.pin))"),
                ],
            ],
            commands: [
                "model pin", "set alpha \(n(p.alpha))", "set mu \(n(p.mu))", "set eps_buy \(n(p.epsBuy))",
                "set eps_sell \(n(p.epsSell))", "state",
            ],
            recordKey: "pin_parameters")
    }
}

/// PIN's own drill kind.
extension DrillKind {
    /// PIN = αμ/(αμ + ε_b + ε_s).
    package static let pin = DrillKind("pin", summary: "PIN, the probability that an order is informed")
}
