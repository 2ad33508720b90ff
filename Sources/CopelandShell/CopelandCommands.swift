import CopelandGalai
import ShellKit

/// The Copeland–Galai model's verbs: nature's arrivals, the views, `profit X`, `set`, `reset`,
/// `undo`; the shared verbs it omits are refused by `ModelMarket`'s defaults
/// (`copelandModel.omittedVerbs`).
extension CopelandSession: ViewedMarket {
    var views: CopelandViews { CopelandViews(session: self) }

    mutating func informed(context: ModelContext) throws(ShellError) -> ModelReply {
        // The arrival first: `reply` reads the market after it.
        let arrival = arrive(.informed)
        return reply(arrival, context.detail)
    }

    mutating func noise(context: ModelContext) throws(ShellError) -> ModelReply {
        let arrival = arrive(.uninformed)
        return reply(arrival, context.detail)
    }

    mutating func run(_ n: Int, context: ModelContext) throws(ShellError) -> ModelReply {
        let result = RunResult<CopelandArrival, Never>.run(n, shouldStop: context.shouldStop) { () throws(Never) in
            let arrival = arrive(.unknown)
            return (arrival, arrival.order, arrival.trader)
        }
        return ModelReply(
            CopelandViews(session: self).run(result, detail: context.detail),
            step: result.lastStep.map { CopelandStep(arrival: $0, parameters: parameters) },
            journal: result.steps > 0 ? ["run \(result.steps)"] : [])
    }

    func quote(context: ModelContext) throws(ShellError) -> ModelReply { ModelReply([CopelandText.quote(market)]) }

    mutating func set(_ parameter: CopelandParameterName, to value: Double, context: ModelContext) throws(ShellError) -> ModelReply {
        let name = parameter.rawValue
        do { try set(parameter, to: value) } catch { throw .refusal(ModelRefusal(error)) }
        return ModelReply([
            Line("\(name) = \(Format.number(value)): a new market, so t = 0 and nature draws V again"),
            CopelandText.quote(market),
        ])
    }

    mutating func setTruth(_ truth: ModelTruth, context: ModelContext) throws(ShellError) -> ModelReply {
        do { try setTruth(truth) } catch { throw .refusal(ModelRefusal(error)) }
        let said = if case .value(let v) = truth { "V = \(Format.value(v))" } else { "V drawn" }
        return ModelReply([
            Line("truth: \(said) at every opening; a new market at t = 0"), CopelandText.quote(market),
        ])
    }

    mutating func reset(context: ModelContext) throws(ShellError) -> ModelReply {
        reset()
        return backToOpening(then: [CopelandText.quote(market)])
    }

    mutating func undo(context: ModelContext) throws(ShellError) -> ModelReply {
        guard let last = undo() else { throw .nothingToUndo() }
        return ModelReply([
            Line("took back t=\(last.time) (\(last.draw.informed ? "informed" : "liquidity"), \(last.order.word))"),
            CopelandText.totals(market),
        ])
    }

    func own(_ verb: CopelandVerb, _ arguments: ParsedArguments, context: ModelContext) throws(ShellError)
        -> ModelReply
    {
        switch verb {
        case .profit:
            guard let x = arguments.numbers?.first else { preconditionFailure("profit's row takes one number") }
            do {
                return ModelReply(CopelandViews.profit(try parameters.profit(halfSpread: x), parameters))
            } catch { throw .refusal(ModelRefusal(error)) }
        }
    }

    private func reply(_ arrival: CopelandArrival, _ detail: Detail) -> ModelReply {
        let lines =
            detail == .full
            ? CopelandText.arrival(arrival, parameters) + [CopelandText.totals(market)]
            : [CopelandText.rowHeading, CopelandText.row(arrival)]
        return ModelReply(lines, step: CopelandStep(arrival: arrival, parameters: parameters))
    }
}

extension CopelandViews: MarketViews {}

/// The Copeland–Galai model's refusals, worded beside the model.
extension CopelandError: ModelError {
    package var message: String {
        switch self {
        case .outOfRange(let name, let value, _):
            "\(name.rawValue) takes \(name.row.accepts); \(Format.number(value)) is not"
        case .halfSpreadOutOfRange(let value, _):
            "profit takes a half-spread x from 0 to 1e9; \(Format.number(value)) is not"
        case .valueOutOfRange(let value, let accepted):
            "nature's V = \(Format.number(value)) would lie outside [m − w, m + w] = [\(Format.number(accepted.lower)), \(Format.number(accepted.upper))]; set truth drawn or a value inside"
        }
    }
}
