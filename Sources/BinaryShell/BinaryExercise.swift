import MarketModel
import ShellKit

/// Binary-model exercises with round numbers. The answer is the `Market`'s own (its Bayes step
/// or its quote), and the worked steps are what `buy`, `sell` and `explain` print for it.
enum BinaryExercise {
    static let values: [(low: Double, high: Double)] = [(96, 104), (100, 110), (98, 102), (95, 105), (100, 104)]
    static let priors = [0.5, 0.6, 0.4, 0.3, 0.7]
    static let mus = [0.2, 0.25, 0.3, 0.4, 0.5]
    static let gammas = [0.5, 0.5, 0.4, 0.6]
    static let tolerances = [0.5, 1, 1.5, 2, 2.5, 3]
    /// A tolerance this close to the half-spread would make the yes/no turn on rounding: not drawn.
    static let toleranceMargin = 0.1

    static func draw(_ kind: DrillKind, _ draw: inout DrillDraw) -> Exercise {
        var p = Parameters()
        let values = draw.pick(values)
        (p.low, p.high) = values
        p.prior = draw.pick(priors)
        p.mu = draw.pick(mus)
        p.epsBuy = draw.pick(gammas)
        p.epsSell = 1 - p.epsBuy
        let order: Order = draw.pick([.buy, .sell])
        let side: Side = draw.pick([.ask, .bid])
        if kind == .withdrawn { p.tolerance = tolerance(for: side, p, &draw) }
        let market = p
        return Exercise(
            model: .binary, kind: kind, answer: answer(kind, p, order: order, side: side), stepCount: stepCount
        ) { exercise(kind, market, order: order, side: side) }
    }

    /// Every binary exercise's worked solution has two steps (`exercise` builds them).
    static let stepCount = 2

    /// The answer of `exercise(kind, p, order:, side:)`, computed the same way without its words.
    static func answer(_ kind: DrillKind, _ p: Parameters, order: Order, side: Side) -> DrillValue {
        let opening = Market(parameters: p)
        switch kind {
        case .spread: return number(opening.quote.openSpread)
        case .withdrawn: return .yes(opening.quote[side].isWithdrawn)
        default: break
        }
        var after = opening
        guard let step = try? after.observe(order, from: .unknown, truth: .good, strict: true) else {
            preconditionFailure("a drill market refused a \(order.word)")
        }
        switch kind {
        case .posterior: return number(step.posterior.pHigh)
        case .quote: return number(step.quoteAfter[side].openPrice)
        case .informed: return number(step.pInformed)
        default: preconditionFailure("the binary model offers only \(DrillKind.kinds(of: .binary)) drills")
        }
    }

    private static func number(_ value: Double?) -> DrillValue {
        guard let value else { preconditionFailure("a drill answer is undefined") }
        return .number(value)
    }

    /// A round tolerance at least `toleranceMargin` from the side's opening half-spread.
    private static func tolerance(for side: Side, _ p: Parameters, _ draw: inout DrillDraw) -> Double {
        let half = Market(parameters: p).quote[side].halfSpread ?? 0
        let clear = tolerances.filter { abs($0 - half) >= toleranceMargin }
        return draw.pick(clear.isEmpty ? tolerances : clear)
    }

    /// The exercise of `kind` in the market `p`, about `order` (or `side`).
    static func exercise(_ kind: DrillKind, _ p: Parameters, order: Order, side: Side) -> Exercise {
        let opening = Market(parameters: p)
        let name = side == .ask ? "ask" : "bid"
        let base = commands(p)
        let labels = StateLabels(parameters: p)
        func number(
            _ question: String, _ value: Double?, _ what: String, _ steps: [[Line]], _ last: String, _ key: String
        ) -> Exercise {
            guard let value else { preconditionFailure("a drill answer is undefined") }
            return Exercise(
                model: .binary, kind: kind, setting: setting(p), question: "\(question) (\(Exercise.toleranceText))",
                answer: .number(value), answerName: what, answerSentence: "\(what) is \(Format.price(value))",
                steps: steps, commands: base + [last], recordKey: key)
        }
        switch kind {
        case .spread:
            let explain = ExplainText(market: opening)
            return number(
                "What is the opening spread, ask − bid?", opening.quote.openSpread, "the opening spread",
                [[explain.expectedValue] + explain.derivation(.ask), explain.derivation(.bid)], "quote", "spread")
        case .withdrawn:
            let explain = ExplainText(market: opening)
            let withdrawn = opening.quote[side].isWithdrawn
            return Exercise(
                model: .binary, kind: kind, setting: setting(p),
                question: "At the opening, is the \(name) withdrawn? (yes or no)", answer: .yes(withdrawn),
                answerName: "whether the \(name) is withdrawn",
                answerSentence: withdrawn ? "yes: the \(name) is withdrawn" : "no: the \(name) stands",
                steps: [[explain.expectedValue], explain.derivation(side)], commands: base + ["quote"],
                recordKey: "\(name)_closed")
        default:
            break  // an order's exercise, below (the parser offers only the binary kinds)
        }
        var after = opening
        // Tolerance is off here (only the withdrawn kind sets one), so both sides are open, and
        // every order has positive probability at 0 < θ < 1: the drill's orders always apply.
        guard let step = try? after.observe(order, from: .unknown, truth: .good, strict: true) else {
            preconditionFailure("a drill market refused a \(order.word)")
        }
        let text = StepText(step: step, parameters: p, truth: .high)
        let arrives = "A \(order.word) arrives."
        switch kind {
        case .posterior:
            return number(
                "\(arrives) What is P(V = \(labels.high)) after it?", step.posterior.pHigh,
                "P(V = \(labels.high)) after the \(order.word)", [text.bayes, text.odds], order.word, "p_high")
        case .quote:
            let explain = ExplainText(market: after)
            return number(
                "\(arrives) What is the new \(name)?", step.quoteAfter[side].openPrice, "the new \(name)",
                [text.bayes, [explain.expectedValue] + explain.derivation(side)], order.word, name)
        case .informed:
            return number(
                "\(arrives) What is P(trader informed | \(order.word))?", step.pInformed,
                "P(trader informed | \(order.word))", [text.bayes, text.informed], order.word, "p_informed")
        default:
            preconditionFailure("the binary model offers only \(DrillKind.kinds(of: .binary)) drills")
        }
    }

    /// The market in words, with every number the exercise needs.
    static func setting(_ p: Parameters) -> [Line] {
        let high = Format.value(p.high)
        var lines = [
            Line(
                "V is \(Format.value(p.low)) or \(high); P(V = \(high)) = θ = \(Format.number(p.prior)); a share μ = \(Format.number(p.mu)) of arrivals is informed"
            ),
            Line(
                "uninformed traders buy with γ = \(Format.number(p.epsBuy)) and sell with 1 − γ = \(Format.number(p.epsSell)); α = 1, no cost"
            ),
        ]
        if !p.toleranceIsOff {
            lines.append(
                Line(
                    "uninformed traders pay at most τ = \(Format.number(p.tolerance)) above E[V] and accept at most τ below it (tolerance)"
                ))
        }
        return lines
    }

    /// The `set` lines that build the market in the shell (high first: every drawn high is above
    /// the default low, and every drawn low below its high).
    static func commands(_ p: Parameters) -> [String] {
        var lines = [
            "model binary", "set high \(Format.number(p.high))", "set low \(Format.number(p.low))",
            "set prior \(Format.number(p.prior))", "set mu \(Format.number(p.mu))",
            "set gamma \(Format.number(p.epsBuy))",
        ]
        if !p.toleranceIsOff { lines.append("set tolerance \(Format.number(p.tolerance))") }
        return lines
    }
}

/// The binary model's own drill kinds.
extension DrillKind {
    /// The opening spread, ask − bid.
    package static let spread = DrillKind("spread", summary: "the opening spread, ask − bid")
    /// Whether a side is withdrawn, given the uninformed traders' tolerance (yes or no).
    package static let withdrawn = DrillKind(
        "withdrawn", summary: "whether a side is withdrawn, given the tolerance: yes or no")
}
