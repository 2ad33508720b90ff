import Foundation
import MarketModel
import ShellKit

/// The binary model's verbs: orders, nature's arrivals, the views of the market, `set`, `plot`,
/// `compare`, `simulate` and `export`.
extension Session {
    package mutating func execute(_ command: MarketCommand, context: ModelContext) throws(ShellError) -> ModelReply {
        let parameters = market.parameters
        let detail = context.detail
        let display = context.display
        switch command {
        case .order(let order):
            let step = try applied { s throws(MarketError) in try s.apply(order, from: .unknown, strict: true) }
            return stepReply(step, parameters, detail, compact: display.compact)
        case .informed:
            guard let arrival = Arrival.informed(truth: truth, at: market.quote) else {
                throw .market(.noInformedTraders)
            }
            let step = try applied { s throws(MarketError) in
                try s.apply(arrival.wanted, from: .informed, strict: false)
            }
            return stepReply(step, parameters, detail, compact: display.compact)
        case .noise:
            var generator = rng
            let arrival = Arrival.uninformed(parameters, at: market.quote, using: &generator)
            let step = try applied { s throws(MarketError) in
                try s.apply(arrival.wanted, from: .uninformed, strict: false)
            }
            rng = generator
            return stepReply(step, parameters, detail, compact: display.compact)
        case .run(let n):
            let result = run(n, shouldStop: context.shouldStop)
            if let error = result.error, result.steps == 0 { throw .runStopped(at: market.time, error) }
            return ModelReply(
                RunText(result: result, session: self, detail: detail).lines,
                step: result.lastStep, journal: result.steps > 0 ? ["run \(result.steps)"] : [])
        case .quote:
            return ModelReply(QuoteText.lines(market.quote, parameters: parameters))
        case .state:
            return ModelReply(StateText(session: self).lines)
        case .params:
            return ModelReply(params(detail: detail))
        case .history(let n):
            return ModelReply(history(n ?? 20))
        case .explain:
            return ModelReply(ExplainText(market: market).lines)
        case .setParameter(let name, let value):
            return ModelReply(try setParameter(name, to: value))
        case .setTruth(let stated):
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
        case .reset:
            reset()
            return ModelReply(
                [Line("back to the opening: t = 0, generator reseeded with \(seed)")]
                    + QuoteText.lines(market.quote, parameters: parameters))
        case .undo:
            let entry = try applied { s throws(MarketError) in try s.undo() }
            let what = entry.order == .none ? "no trade" : entry.order.word
            return ModelReply(
                [Line("took back t=\(market.time + 1) (\(what)); beliefs are as they were before it")]
                    + QuoteText.lines(market.quote, parameters: parameters))
        case .plot(let kind):
            return ModelReply(PlotText(session: self, kind: kind, width: display.width, unicode: display.unicode).lines)
        case .compare(let setup):
            let seed = setup.seed ?? self.seed
            let markets = try Comparison.run(
                setup, seed: seed, elastic: parameters.elastic, shouldStop: context.shouldStop)
            return ModelReply(
                ComparisonText(
                    markets: markets, setup: setup, seed: seed, width: display.width, unicode: display.unicode,
                    detail: detail
                ).lines,
                results: .model(ModelResults(ComparisonResults(markets, setup: setup, seed: seed))))
        case .simulate(let request):
            return simulate(request, context: context)
        case .export(let format, let path):
            let report = context.reportProgress
            let panels = SVGPanels(session: self)
            let rows = try Export.write(
                format, of: self, picture: { panels.document }, to: path, files: context.files,
                shouldStop: context.shouldStop,
                progress: { report(.exporting, $0, $1) })
            let what = format == .svg ? "the four panels of \(rows) periods" : "\(rows) rows"
            return ModelReply([Line("wrote \(what) to \(path)")])
        case .own(let call) where call.name == "sweep":
            return ModelReply(try SweepText(parameters: parameters, numbers: call.numbers).lines)
        case .own(let call):
            throw .notInModel(verb: call.name, model: .binary, instead: "see help for the binary model's verbs")
        }
    }

    private func stepReply(_ step: BayesStep, _ parameters: Parameters, _ detail: Detail, compact: Bool) -> ModelReply {
        ModelReply(StepText(step: step, parameters: parameters, truth: truth).lines(detail, compact: compact), step: step)
    }

    /// Plays a Monte Carlo study of the current market; the market itself is untouched.
    private func simulate(_ request: SimulationRequest, context: ModelContext) -> ModelReply {
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

    /// Runs a change that can fail with a market error, as a shell error.
    private mutating func applied<T>(_ change: (inout Session) throws(MarketError) -> T) throws(ShellError) -> T {
        do {
            return try change(&self)
        } catch {
            throw error == .nothingToUndo ? .nothingToUndo() : .market(error)
        }
    }

    private mutating func setParameter(_ name: String, to value: Double) throws(ShellError) -> [Line] {
        // The parser takes names from this model's table, whose names are `ParameterName`s.
        guard let parameter = ParameterName(rawValue: name) else {
            preconditionFailure("\(name) is not in the binary table")
        }
        let restarted: Bool
        do { restarted = try set(parameter, to: value) } catch { throw .refusal(ModelRefusal(error)) }
        let note =
            parameter == .elastic
            ? ElasticityText.setting(market.parameters.elastic) + "; beliefs kept, applies from the next order"
            : restarted
            ? "\(name) = \(Format.number(value)): a new opening, so the market restarts at t = 0"
            : "\(name) = \(Format.number(value)): beliefs kept; applies from the next order"
        return [Line(note)] + QuoteText.lines(market.quote, parameters: market.parameters)
    }
}
