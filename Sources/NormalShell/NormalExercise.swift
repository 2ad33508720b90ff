import NormalValue
import ShellKit

/// Normal-model exercises with round numbers: v ~ N(m, σ²) and the opening quotes the model
/// computes (its fixed points, given in the question). The answer is the model's Bayes step, and
/// the worked steps are what `buy` and `sell` print for it.
enum NormalExercise {
    static let means: [Double] = [100, 50, 20]
    static let sigmas: [Double] = [2, 4, 5, 10]
    static let mus = [0.2, 0.3, 0.4, 0.5]
    static let epsilons = [0.5, 0.4, 0.25]

    static func draw(_ kind: DrillKind, _ draw: inout DrillDraw) -> Exercise {
        var p = draw.parameters(NormalParameters(), [(.mean, means), (.sigma, sigmas), (.mu, mus), (.epsBuy, epsilons)])
        p.epsSell = p.epsBuy
        return exercise(kind, p, order: draw.pick([.buy, .sell]))
    }

    /// The exercise of `kind` in the market `p`, about `order`.
    static func exercise(_ kind: DrillKind, _ p: NormalParameters, order: Order) -> Exercise {
        let opening = NormalMarket(parameters: p)
        var after = opening
        // With μ < 1 and ε > 0 both opening quotes exist, so a typed order always applies.
        guard let step = try? after.observe(order, from: .unknown, trueValue: p.mean, strict: true) else {
            preconditionFailure("a drill market refused a \(order.word)")
        }
        let text = NormalStepText(step: step, parameters: p, truthValue: p.mean)
        let price = order == .buy ? "the ask" : "the bid"
        let arrives = "A \(order.word) arrives at \(price)."
        let (question, value, name, steps): (String, Double, String, [[Line]])
        switch kind {
        case .informed:
            (question, value, name, steps) = (
                "\(arrives) What is P(trader informed | \(order.word))?", step.pInformed,
                "P(trader informed | \(order.word))", [text.fixedPoint, text.informed]
            )
        case .posterior:
            // The quote is not given: it is the answer (zero expected profit), worked from the
            // informed traders' piece of the normal, as `buy`'s Informed and Posterior lines do.
            let piece = order == .buy ? "v > a" : "v < b"
            let side = order == .buy ? "the ask a" : "the bid b"
            let given =
                "P(\(piece)) = \(Format.probability(step.informedPieceProbability)) and E[v | \(piece)] = \(Format.price(step.informedPieceMean ?? .nan))"
            (question, value, name, steps) = (
                "A \(order.word) arrives at \(side), where \(given). What is E[v | \(order.word)], the market maker's new mean?",
                step.meanAfter, "E[v | \(order.word)]", [text.informed, text.posterior]
            )
        default:
            preconditionFailure("the normal model offers only \(DrillKind.kinds(of: .normal)) drills")
        }
        return Exercise(
            model: .normal, kind: kind, setting: setting(p, kind == .posterior ? nil : opening.quote),
            question: "\(question) (\(Exercise.toleranceText))", answer: .number(value), answerName: name,
            answerSentence: "\(name) is \(Format.price(value))", steps: steps, commands: commands(p) + [order.word],
            recordKey: kind == .informed ? "p_informed" : "value")
    }

    /// The market in words, with the opening quotes the model computes.
    static func setting(_ p: NormalParameters, _ quote: NormalQuote?) -> [Line] {
        let lines = [
            Line(
                "v ~ N(m, σ²) with m = \(Format.number(p.mean)), σ = \(Format.number(p.sigma)); a share μ = \(Format.number(p.mu)) of arrivals is informed (knows v)"
            ),
            Line(
                "uninformed traders buy with ε_b = \(Format.number(p.epsBuy)) and sell with ε_s = \(Format.number(p.epsSell)); no cost"
            ),
        ]
        guard let quote else { return lines }
        return lines + [
            Line(
                "the market maker quotes bid \(Format.price(quote.bid.price)) and ask \(Format.price(quote.ask.price)) (its fixed points)"
            )
        ]
    }

    /// The `set` lines that build the market in the shell.
    static func commands(_ p: NormalParameters) -> [String] {
        [
            "model normal", "set mean \(Format.number(p.mean))", "set sigma \(Format.number(p.sigma))",
            "set mu \(Format.number(p.mu))", "set eps \(Format.number(p.epsBuy))",
        ]
    }
}
