/// The market's verbs as a model sees them: one dispatcher from `MarketCommand` to the verb's
/// requirement of `ModelMarket`, and a default for each that refuses it. A model implements only
/// the verbs it offers; the refusal of the others is worded once, in its descriptor's
/// `omittedVerbs` (the parser says the same before a typed line ever reaches the model).
extension ModelMarket {
    /// Runs one of the market's commands (every verb but the shell's own) under this model.
    package mutating func execute(_ command: MarketCommand, context: ModelContext) throws(ShellError) -> ModelReply {
        switch command {
        case .order(.buy): return try buy(context: context)
        case .order(.sell): return try sell(context: context)
        case .order(.none): return try pass(context: context)
        case .informed: return try informed(context: context)
        case .noise: return try noise(context: context)
        case .run(let n): return try run(n, context: context)
        case .quote: return try quote(context: context)
        case .state: return try state(context: context)
        case .params: return try params(context: context)
        case .history(let n): return try history(last: n ?? 20, context: context)
        case .explain: return try explain(context: context)
        case .setParameter(let name, let value):
            // The parser takes names only from this model's table.
            guard let parameter = Parameter(rawValue: name) else {
                preconditionFailure("\(name) is not a parameter of the \(kind) model")
            }
            return try set(parameter, to: value, context: context)
        case .setTruth(let truth): return try setTruth(truth, context: context)
        case .reset: return try reset(context: context)
        case .undo: return try undo(context: context)
        case .plot(let kind):
            // The parser takes only the kinds the descriptor lists, which are the model's cases.
            guard let chart = Plot(rawValue: kind.rawValue) else { throw self.kind.omission("plot") }
            return try plot(chart, context: context)
        case .compare(let setup): return try compare(setup, context: context)
        case .simulate(let request): return try simulate(request, context: context)
        case .export(let format, let path): return try export(format, to: path, context: context)
        case .own(let call):
            // The parser builds `.own` only from this model's rows, so the name is one of its cases.
            guard let verb = OwnVerb(rawValue: call.name) else {
                throw .notInModel(verb: call.name, model: kind, instead: "see help for the \(kind) model's verbs")
            }
            return try own(verb, call.arguments, context: context)
        }
    }

    package func buy(context: ModelContext) throws(ShellError) -> ModelReply { throw kind.omission("buy") }
    package func sell(context: ModelContext) throws(ShellError) -> ModelReply { throw kind.omission("sell") }
    package func pass(context: ModelContext) throws(ShellError) -> ModelReply { throw kind.omission("pass") }
    package func informed(context: ModelContext) throws(ShellError) -> ModelReply { throw kind.omission("informed") }
    package func noise(context: ModelContext) throws(ShellError) -> ModelReply { throw kind.omission("noise") }
    package func run(_ n: Int, context: ModelContext) throws(ShellError) -> ModelReply { throw kind.omission("run") }
    package func quote(context: ModelContext) throws(ShellError) -> ModelReply { throw kind.omission("quote") }
    package func state(context: ModelContext) throws(ShellError) -> ModelReply { throw kind.omission("state") }
    package func params(context: ModelContext) throws(ShellError) -> ModelReply { throw kind.omission("params") }
    package func explain(context: ModelContext) throws(ShellError) -> ModelReply { throw kind.omission("explain") }
    package func reset(context: ModelContext) throws(ShellError) -> ModelReply { throw kind.omission("reset") }
    package func undo(context: ModelContext) throws(ShellError) -> ModelReply { throw kind.omission("undo") }

    package func history(last: Int, context: ModelContext) throws(ShellError) -> ModelReply {
        throw kind.omission("history")
    }

    package func set(_ parameter: Parameter, to value: Double, context: ModelContext) throws(ShellError) -> ModelReply {
        throw kind.omission("set")
    }

    package func setTruth(_ truth: ModelTruth, context: ModelContext) throws(ShellError) -> ModelReply {
        throw kind.omission("set")
    }

    package func plot(_ kind: Plot, context: ModelContext) throws(ShellError) -> ModelReply {
        throw self.kind.omission("plot")
    }

    package func compare(_ setup: StudySetup, context: ModelContext) throws(ShellError) -> ModelReply {
        throw kind.omission("compare")
    }

    package func simulate(_ request: SimulationRequest, context: ModelContext) throws(ShellError) -> ModelReply {
        throw kind.omission("simulate")
    }

    package func export(_ format: ExportFormat, to path: String, context: ModelContext) throws(ShellError) -> ModelReply {
        throw kind.omission("export")
    }
}

extension ModelMarket where OwnVerb == NoModelVerbs {
    /// A model without verbs of its own is never handed one.
    package func own(_ verb: NoModelVerbs, _ arguments: ParsedArguments, context: ModelContext) throws(ShellError)
        -> ModelReply
    {
        switch verb {}
    }
}

/// A model's views of its market that `state`, `params`, `history` and `explain` show as they
/// are (e.g. the dealer models' `RollViews` and `InventoryViews`).
package protocol MarketViews {
    var state: [Line] { get }
    func params(detail: Detail) -> [Line]
    func history(_ last: Int) -> [Line]
    var explain: [Line] { get }
}

/// A market whose look verbs (all but `quote`) are its `MarketViews`.
package protocol ViewedMarket: ModelMarket {
    associatedtype Views: MarketViews
    /// The views of the market as it stands.
    var views: Views { get }
}

extension ViewedMarket {
    package func state(context: ModelContext) throws(ShellError) -> ModelReply { ModelReply(views.state) }
    package func explain(context: ModelContext) throws(ShellError) -> ModelReply { ModelReply(views.explain) }

    package func params(context: ModelContext) throws(ShellError) -> ModelReply {
        ModelReply(views.params(detail: context.detail))
    }

    package func history(last: Int, context: ModelContext) throws(ShellError) -> ModelReply {
        ModelReply(views.history(last))
    }
}

extension ViewedMarket where Self: MarketViews {
    /// A market that is its own views (the binary and normal sessions).
    package var views: Self { self }
}

extension ModelMarket {
    /// `reset`'s reply: back at the opening (`also`: what else restarted, as `I = 0, `), then `after`.
    package func backToOpening(also: String = "", then after: [Line]) -> ModelReply {
        ModelReply([Line("back to the opening: t = 0, \(also)generator reseeded with \(seed)")] + after)
    }
}

extension ModelTruth {
    /// `set truth`'s line for a model whose truth is nature's v, a number or drawn from
    /// `drawnFrom`: `truth = 101.5: v = 101.5, as you set it; hidden from the market maker`.
    package func line(v: Double, drawnFrom: String, hidden: String) -> Line {
        let (word, how) =
            switch self {
            case .value(let x): (Format.number(x), "as you set it")
            case .drawn: ("drawn", "drawn from \(drawnFrom)")
            case .state(let word): (word, "as you set it")
            }
        return Line("truth = \(word): v = \(Format.value(v)), \(how); \(hidden)", .hidden)
    }
}

/// A tape that `export` writes as rows only: the binary model's four panels are its own picture.
package protocol TapeWithoutPicture: ExportableTape {
    /// What `export svg` suggests instead.
    static var pictureInstead: String { get }
}

extension ModelMarket where Self: TapeWithoutPicture {
    /// `export csv|json FILE`: the tape's rows; `svg` refused in one line.
    package func export(_ format: ExportFormat, to path: String, context: ModelContext) throws(ShellError) -> ModelReply {
        guard format != .svg else { throw .notInModel(verb: "export svg", model: kind, instead: Self.pictureInstead) }
        return try exportedRows(format, to: path, context: context)
    }
}
