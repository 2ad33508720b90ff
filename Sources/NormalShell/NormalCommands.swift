import Foundation
import NormalValue
import ShellKit

/// The normal model's verbs: orders, nature's arrivals, the views of the market, `set`, `plot`,
/// `simulate` and `export`. (`compare` is the binary model's study.)
extension NormalSession {
    package mutating func execute(_ command: MarketCommand, context: ModelContext) throws(ShellError) -> ModelReply {
        let detail = context.detail
        switch command {
        case .order(let order):
            return stepReply(
                try applied { s throws(NormalMarketError) in try s.apply(order, from: .unknown, strict: true) }, detail, compact: context.display.compact)
        case .informed:
            return stepReply(try applied { s throws(NormalMarketError) in try s.informed() }, detail, compact: context.display.compact)
        case .noise:
            return stepReply(try applied { s throws(NormalMarketError) in try s.noise() }, detail, compact: context.display.compact)
        case .run(let n):
            let result = run(n, shouldStop: context.shouldStop)
            if let error = result.error, result.steps == 0 { throw .normalMarket(error) }
            return ModelReply(
                NormalRunText(result: result, session: self, detail: detail).lines,
                step: result.lastStep, journal: result.steps > 0 ? ["run \(result.steps)"] : [])
        case .quote:
            return ModelReply(NormalQuoteText.lines(market.quote))
        case .state:
            return ModelReply(NormalStateText(session: self).lines)
        case .params:
            return ModelReply(params(detail: detail))
        case .history(let n):
            return ModelReply(history(n ?? 20))
        case .explain:
            return ModelReply(NormalExplainText(market: market).lines)
        case .setParameter(let name, let value):
            return ModelReply(try setParameter(name, to: value))
        case .setTruth(let stated):
            let truth = NormalTruth(stated)
            setTruth(truth)
            let how =
                switch truth {
                case .value: "as you set it"
                case .drawn: "drawn from N(m, σ²)"
                }
            return ModelReply([
                Line(
                    "truth = \(Self.word(truth)): v = \(Format.value(trueValue)), \(how); hidden from the market maker",
                    .hidden)
            ])
        case .reset:
            reset()
            return ModelReply(
                [Line("back to the opening: t = 0, generator reseeded with \(seed)")]
                    + NormalQuoteText.lines(market.quote))
        case .undo:
            let (order, _) = try undone()
            let what = order == .none ? "no trade" : order.word
            return ModelReply(
                [Line("took back t=\(market.time + 1) (\(what)); the belief is as it was before it")]
                    + NormalQuoteText.lines(market.quote))
        case .compare:
            throw .notInModel(
                verb: "compare", model: .normal,
                instead: "it is the document's study of the binary model: model binary, then compare")
        case .plot(let kind):
            return ModelReply(
                NormalPlotText(
                    session: self, kind: kind, width: context.display.width, unicode: context.display.unicode
                ).lines)
        case .simulate(let request):
            return try simulate(request, context: context)
        case .export(.svg, _):
            throw .notInModel(
                verb: "export svg", model: .normal,
                instead: "the four panels are the binary model's picture; export csv or json, or plot")
        case .export(let format, let path):
            return try exportedRows(format, to: path, context: context)
        case .own(let call):
            throw .notInModel(verb: call.name, model: .normal, instead: "see help for the normal model's verbs")
        }
    }

    /// `drawn`, or the number.
    static func word(_ truth: NormalTruth) -> String {
        switch truth {
        case .drawn: "drawn"
        case .value(let v): Format.number(v)
        }
    }

    private func stepReply(_ step: NormalBayesStep, _ detail: Detail, compact: Bool) -> ModelReply {
        ModelReply(
            NormalStepText(step: step, parameters: market.parameters, truthValue: trueValue).lines(detail, compact: compact),
            step: step)
    }

    private mutating func applied<T>(
        _ change: (inout NormalSession) throws(NormalMarketError) -> T
    ) throws(ShellError) -> T {
        do {
            return try change(&self)
        } catch {
            throw .normalMarket(error)
        }
    }

    private mutating func undone() throws(ShellError) -> (Order, Trader) {
        do {
            return try undo()
        } catch {
            throw .nothingToUndo()
        }
    }

    private mutating func setParameter(_ name: String, to value: Double) throws(ShellError) -> [Line] {
        // The parser takes names from this model's table, whose names are `NormalParameterName`s.
        guard let parameter = NormalParameterName(rawValue: name) else {
            preconditionFailure("\(name) is not in the normal table")
        }
        let restarted: Bool
        do { restarted = try set(parameter, to: value) } catch { throw .normalParameter(error) }
        let note =
            restarted
            ? "\(name) = \(Format.number(value)): a new prior, so the market restarts at t = 0"
            : name == "elastic"
                ? ElasticityText.setting(market.parameters.elastic) + "; the belief is kept, applies from the next order"
                : "\(name) = \(Format.number(value)): the belief is kept; applies from the next order"
        return [Line(note)] + NormalQuoteText.lines(market.quote)
    }
}
