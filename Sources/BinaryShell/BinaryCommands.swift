import Foundation
import MarketModel
import ShellKit

/// The binary model's verbs: orders, nature's arrivals, the views of the market, `set`, `plot`,
/// `compare`, `simulate`, `export` and its own `sweep` (`BinaryVerb`).
extension Session: ViewedMarket, MarketViews {
    package mutating func buy(context: ModelContext) throws(ShellError) -> ModelReply { try order(.buy, context) }
    package mutating func sell(context: ModelContext) throws(ShellError) -> ModelReply { try order(.sell, context) }
    package mutating func pass(context: ModelContext) throws(ShellError) -> ModelReply { try order(.none, context) }

    package mutating func informed(context: ModelContext) throws(ShellError) -> ModelReply {
        guard let arrival = Arrival.informed(truth: truth, at: market.quote) else {
            throw .refused(MarketError.noInformedTraders)
        }
        let step = try applied { s throws(MarketError) in
            try s.apply(arrival.wanted, from: .informed, strict: false)
        }
        return stepReply(step, context)
    }

    package mutating func noise(context: ModelContext) throws(ShellError) -> ModelReply {
        var generator = rng
        let arrival = Arrival.uninformed(market.parameters, at: market.quote, using: &generator)
        let step = try applied { s throws(MarketError) in
            try s.apply(arrival.wanted, from: .uninformed, strict: false)
        }
        rng = generator
        return stepReply(step, context)
    }

    package mutating func run(_ n: Int, context: ModelContext) throws(ShellError) -> ModelReply {
        let result = run(n, shouldStop: context.shouldStop)
        if let error = result.error, result.steps == 0 { throw .refused(StoppedRun(time: market.time, error: error)) }
        return ModelReply(
            RunText(result: result, session: self, detail: context.detail).lines,
            step: result.lastStep, journal: result.steps > 0 ? ["run \(result.steps)"] : [])
    }

    package func quote(context: ModelContext) throws(ShellError) -> ModelReply {
        ModelReply(QuoteText.lines(market.quote, parameters: market.parameters))
    }

    /// `state`: the beliefs, E[V] and nature's hidden truth.
    package var state: [Line] { StateText(session: self).lines }
    /// `explain`: why the quotes are where they are.
    package var explain: [Line] { ExplainText(market: market).lines }

    package mutating func set(_ parameter: ParameterName, to value: Double, context: ModelContext) throws(ShellError) -> ModelReply {
        let name = parameter.rawValue
        let restarted: Bool
        do { restarted = try set(parameter, to: value) } catch { throw .refusal(ModelRefusal(error)) }
        let note =
            parameter == .elastic
            ? ElasticityText.setting(market.parameters.elastic) + "; beliefs kept, applies from the next order"
            : restarted
            ? "\(name) = \(Format.number(value)): a new opening, so the market restarts at t = 0"
            : "\(name) = \(Format.number(value)): beliefs kept; applies from the next order"
        return ModelReply([Line(note)] + QuoteText.lines(market.quote, parameters: market.parameters))
    }

    package mutating func setTruth(_ stated: ModelTruth, context: ModelContext) throws(ShellError) -> ModelReply {
        let truth = Truth(stated)
        setTruth(truth)
        var lines = [
            Line(
                "truth = \(truth.rawValue): the true value is \(Format.value(trueValue)) (hidden from the market maker)",
                .hidden)
        ]
        if truth == .none, market.parameters.alpha == 1 {
            lines.append(
                Line(
                    "note: with alpha 1 the market maker is sure news arrived, so it can never learn this truth; set alpha below 1 to let it",
                    .warning))
        }
        return ModelReply(lines)
    }

    package mutating func reset(context: ModelContext) throws(ShellError) -> ModelReply {
        reset()
        return backToOpening(then: QuoteText.lines(market.quote, parameters: market.parameters))
    }

    package mutating func undo(context: ModelContext) throws(ShellError) -> ModelReply {
        let entry = try applied { s throws(MarketError) in try s.undo() }
        let what = entry.order == .none ? "no trade" : entry.order.word
        return ModelReply(
            [Line("took back t=\(market.time + 1) (\(what)); beliefs are as they were before it")]
                + QuoteText.lines(market.quote, parameters: market.parameters))
    }

    package func plot(_ kind: BinaryPlot, context: ModelContext) throws(ShellError) -> ModelReply {
        let display = context.display
        return ModelReply(PlotText(session: self, kind: kind, width: display.width, unicode: display.unicode).lines)
    }

    package func compare(_ study: StudySetup, context: ModelContext) throws(ShellError) -> ModelReply {
        // The parser makes the setup with `CompareSyntax.study`, this model's descriptor's.
        guard let setup = study.value as? ComparisonSetup else { throw kind.omission("compare") }
        let seed = setup.seed ?? self.seed
        let display = context.display
        let markets = try Comparison.run(
            setup, seed: seed, elastic: market.parameters.elastic, shouldStop: context.shouldStop)
        return ModelReply(
            ComparisonText(
                markets: markets, setup: setup, seed: seed, width: display.width, unicode: display.unicode,
                detail: context.detail
            ).lines,
            results: .model(ModelResults(ComparisonResults(markets, setup: setup, seed: seed))))
    }

    package func export(_ format: ExportFormat, to path: String, context: ModelContext) throws(ShellError) -> ModelReply {
        let report = context.reportProgress
        let panels = SVGPanels(session: self)
        let rows = try Export.write(
            format, of: self, picture: { panels.document }, to: path, files: context.files,
            shouldStop: context.shouldStop,
            progress: { report(.exporting, $0, $1) })
        let what = format == .svg ? "the four panels of \(rows) periods" : "\(rows) rows"
        return ModelReply([Line("wrote \(what) to \(path)")])
    }

    package func own(_ verb: BinaryVerb, _ arguments: ParsedArguments, context: ModelContext) throws(ShellError)
        -> ModelReply
    {
        switch verb {
        case .sweep: ModelReply(try SweepText(parameters: market.parameters, numbers: arguments.numbers ?? []).lines)
        }
    }

    /// `buy`, `sell` or `pass`: an order of unknown origin.
    private mutating func order(_ order: Order, _ context: ModelContext) throws(ShellError) -> ModelReply {
        let step = try applied { s throws(MarketError) in try s.apply(order, from: .unknown, strict: true) }
        return stepReply(step, context)
    }

    private func stepReply(_ step: BayesStep, _ context: ModelContext) -> ModelReply {
        ModelReply(
            StepText(step: step, parameters: market.parameters, truth: truth).lines(
                context.detail, compact: context.display.compact),
            step: step)
    }

    /// Plays a Monte Carlo study of the current market; the market itself is untouched.
    package func simulate(_ request: SimulationRequest, context: ModelContext) -> ModelReply {
        // nil: drawn for each session.
        let truth = request.truth.map(Truth.init)
        let plan = SimulationPlan(
            parameters: market.parameters, sessions: request.sessions, arrivals: request.trades,
            seed: request.seed ?? seed, truth: truth, discoveryDistance: request.distance)
        let report = context.reportProgress
        let total = request.sessions
        let summary = SessionSimulator(plan: plan).run(
            threads: request.threads ?? ProcessInfo.processInfo.activeProcessorCount,
            shouldStop: context.shouldStop, progress: { report(.simulating, $0, total) })
        report(.simulating, total, total)
        return ModelReply(
            SimulationText(
                summary: summary, requested: total, width: context.display.width, unicode: context.display.unicode
            ).lines,
            results: .model(ModelResults(SimulationResults(summary, requested: total))))
    }

    /// Runs a change that can fail with a market error, as a shell error (an empty tape as the
    /// shell's own `nothingToUndo`, the sentence every model shares).
    private mutating func applied<T>(_ change: (inout Session) throws(MarketError) -> T) throws(ShellError) -> T {
        do {
            return try change(&self)
        } catch {
            throw error == .nothingToUndo ? .nothingToUndo() : .refused(error)
        }
    }
}
