import CopelandGalai
import ShellKit

/// The Copeland–Galai model's verbs: nature's arrivals, the views, `profit X`, `set`, `reset`, `undo`.
extension CopelandSession {
    mutating func execute(_ command: MarketCommand, context: ModelContext) throws(ShellError) -> ModelReply {
        let views = CopelandViews(session: self)
        switch command {
        case .informed, .noise:
            // The arrival first: `reply` reads the market after it.
            let arrival = arrive(command == .informed ? .informed : .uninformed)
            return reply(arrival, context.detail)
        case .run(let n):
            let result = RunResult<CopelandArrival, Never>.run(n, shouldStop: context.shouldStop) { () throws(Never) in
                let arrival = arrive(.unknown)
                return (arrival, arrival.order, arrival.trader)
            }
            return ModelReply(
                CopelandViews(session: self).run(result, detail: context.detail),
                step: result.lastStep.map { CopelandStep(arrival: $0, parameters: parameters) },
                journal: result.steps > 0 ? ["run \(result.steps)"] : [])
        case .quote: return ModelReply([CopelandText.quote(market)])
        case .state: return ModelReply(views.state)
        case .params: return ModelReply(views.params(detail: context.detail))
        case .history(let n): return ModelReply(views.history(n ?? 20))
        case .explain: return ModelReply(views.explain)
        case .setParameter(let name, let value):
            guard let parameter = CopelandParameterName(rawValue: name) else {
                preconditionFailure("\(name) is not in the Copeland–Galai table")
            }
            do { try set(parameter, to: value) } catch { throw .refusal(ModelRefusal(error)) }
            return ModelReply([
                Line("\(name) = \(Format.number(value)): a new market, so t = 0 and nature draws V again"),
                CopelandText.quote(market),
            ])
        case .setTruth(let truth):
            do { try setTruth(truth) } catch { throw .refusal(ModelRefusal(error)) }
            let said = if case .value(let v) = truth { "V = \(Format.value(v))" } else { "V drawn" }
            return ModelReply([
                Line("truth: \(said) at every opening; a new market at t = 0"), CopelandText.quote(market),
            ])
        case .reset:
            reset()
            return ModelReply([
                Line("back to the opening: t = 0, generator reseeded with \(seed)"), CopelandText.quote(market),
            ])
        case .undo:
            guard let last = undo() else { throw .nothingToUndo() }
            return ModelReply([
                Line("took back t=\(last.time) (\(last.draw.informed ? "informed" : "liquidity"), \(last.order.word))"),
                CopelandText.totals(market),
            ])
        case .own(let call):
            guard call.name == "profit", let x = call.numbers.first else {
                preconditionFailure("\(call.name) is not a verb of the copeland model")
            }
            do {
                return ModelReply(CopelandViews.profit(try parameters.profit(halfSpread: x), parameters))
            } catch { throw .refusal(ModelRefusal(error)) }
        case .order: throw ModelKind.copeland.omission("buy")
        case .plot: throw ModelKind.copeland.omission("plot")
        case .compare: throw ModelKind.copeland.omission("compare")
        case .simulate: throw ModelKind.copeland.omission("simulate")
        case .export: throw ModelKind.copeland.omission("export")
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
