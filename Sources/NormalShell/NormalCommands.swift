import Foundation
import NormalValue
import ShellKit

/// The normal model's verbs: orders, nature's arrivals, the views of the market, `set`, `plot`,
/// `simulate` and `export`. (`compare` is the binary model's study: `normalModel.omittedVerbs`.)
extension NormalSession: TapeWithoutPicture, ViewedMarket, MarketViews {
    package static let pictureInstead = "the four panels are the binary model's picture; export csv or json, or plot"

    package mutating func buy(context: ModelContext) throws(ShellError) -> ModelReply { try order(.buy, context) }
    package mutating func sell(context: ModelContext) throws(ShellError) -> ModelReply { try order(.sell, context) }
    package mutating func pass(context: ModelContext) throws(ShellError) -> ModelReply { try order(.none, context) }

    package mutating func informed(context: ModelContext) throws(ShellError) -> ModelReply {
        stepReply(try applied { s throws(NormalMarketError) in try s.informed() }, context)
    }

    package mutating func noise(context: ModelContext) throws(ShellError) -> ModelReply {
        stepReply(try applied { s throws(NormalMarketError) in try s.noise() }, context)
    }

    package mutating func run(_ n: Int, context: ModelContext) throws(ShellError) -> ModelReply {
        let result = run(n, shouldStop: context.shouldStop)
        if let error = result.error, result.steps == 0 { throw .refused(error) }
        return ModelReply(
            NormalRunText(result: result, session: self, detail: context.detail).lines,
            step: result.lastStep, journal: result.steps > 0 ? ["run \(result.steps)"] : [])
    }

    package func quote(context: ModelContext) throws(ShellError) -> ModelReply { ModelReply(NormalQuoteText.lines(market.quote)) }
    /// `state`: the posterior's mean and sd, and nature's hidden v.
    package var state: [Line] { NormalStateText(session: self).lines }
    /// `explain`: why the quotes are where they are.
    package var explain: [Line] { NormalExplainText(market: market).lines }

    package mutating func set(_ parameter: NormalParameterName, to value: Double, context: ModelContext) throws(ShellError) -> ModelReply {
        let name = parameter.rawValue
        let restarted: Bool
        do { restarted = try set(parameter, to: value) } catch { throw .refused(error) }
        let note =
            restarted
            ? "\(name) = \(Format.number(value)): a new prior, so the market restarts at t = 0"
            : parameter == .elastic
                ? ElasticityText.setting(market.parameters.elastic) + "; the belief is kept, applies from the next order"
                : "\(name) = \(Format.number(value)): the belief is kept; applies from the next order"
        return ModelReply([Line(note)] + NormalQuoteText.lines(market.quote))
    }

    package mutating func setTruth(_ stated: ModelTruth, context: ModelContext) throws(ShellError) -> ModelReply {
        setTruth(NormalTruth(stated))
        return ModelReply([stated.line(v: trueValue, drawnFrom: "N(m, σ²)", hidden: "hidden from the market maker")])
    }

    package mutating func reset(context: ModelContext) throws(ShellError) -> ModelReply {
        reset()
        return backToOpening(then: NormalQuoteText.lines(market.quote))
    }

    package mutating func undo(context: ModelContext) throws(ShellError) -> ModelReply {
        let (order, _) = try undone()
        let what = order == .none ? "no trade" : order.word
        return ModelReply(
            [Line("took back t=\(market.time + 1) (\(what)); the belief is as it was before it")]
                + NormalQuoteText.lines(market.quote))
    }

    package func plot(_ kind: NormalPlot, context: ModelContext) throws(ShellError) -> ModelReply {
        ModelReply(
            NormalPlotText(session: self, kind: kind, width: context.display.width, unicode: context.display.unicode)
                .lines)
    }

    /// `buy`, `sell` or `pass`: an order of unknown origin.
    private mutating func order(_ order: Order, _ context: ModelContext) throws(ShellError) -> ModelReply {
        stepReply(
            try applied { s throws(NormalMarketError) in try s.apply(order, from: .unknown, strict: true) }, context)
    }

    /// `drawn`, or the number.
    static func word(_ truth: NormalTruth) -> String {
        switch truth {
        case .drawn: "drawn"
        case .value(let v): Format.number(v)
        }
    }

    private func stepReply(_ step: NormalBayesStep, _ context: ModelContext) -> ModelReply {
        ModelReply(
            NormalStepText(step: step, parameters: market.parameters, truthValue: trueValue).lines(
                context.detail, compact: context.display.compact),
            step: step)
    }

    private mutating func applied<T>(
        _ change: (inout NormalSession) throws(NormalMarketError) -> T
    ) throws(ShellError) -> T {
        do {
            return try change(&self)
        } catch {
            throw .refused(error)
        }
    }

    private mutating func undone() throws(ShellError) -> (Order, Trader) {
        do {
            return try undo()
        } catch {
            throw .nothingToUndo()
        }
    }
}
