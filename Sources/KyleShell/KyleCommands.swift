import KyleModel
import ShellKit

/// The Kyle model's verbs: flows and auctions, the views, `set`, `reset`, `undo`, `export`.
extension KyleSession {
    mutating func execute(_ command: MarketCommand, context: ModelContext) throws(ShellError) -> ModelReply {
        let detail = context.detail
        let views = KyleViews(session: self, detail: detail)
        switch command {
        case .own(let call):
            return try modelVerb(call, detail: detail)
        case .quote:
            return ModelReply(views.quote)
        case .state:
            return ModelReply(views.state)
        case .params:
            return ModelReply(views.params)
        case .history(let n):
            return ModelReply(views.history(n ?? 20))
        case .setParameter(let name, let value):
            return ModelReply(try setParameter(name, to: value))
        case .setTruth(let stated):
            let truth = KyleTruth(stated)
            setTruth(truth)
            let how =
                switch truth {
                case .value: "as you set it"
                case .drawn: "drawn from N(p₀, Σ₀)"
                }
            return ModelReply([
                Line(
                    "truth = \(Self.word(truth)): v = \(Format.value(trueValue)), \(how); only the insider knows it",
                    .hidden)
            ])
        case .reset:
            reset()
            return ModelReply(
                [Line("a new day: t = 0, price p₀ = \(Format.price(market.price)), generator reseeded with \(seed)")]
                    + KyleViews(session: self, detail: detail).quote.dropFirst())
        case .undo:
            guard let last = undo() else { throw .nothingToUndo(noneYet: KyleErrorText.noAuctionYet) }
            return ModelReply([
                Line(
                    "took back auction \(last.n) (flow \(Format.value(last.flow))): price p\(KyleNotation.sub(market.time)) = \(Format.price(market.price)) as before it"
                )
            ])
        case .export(.svg, _):
            throw .notInModel(
                verb: "export svg", model: .kyle,
                instead: "the four panels are the binary model's picture; export csv or json")
        case .export(let format, let path):
            return try exportedRows(format, to: path, context: context)
        case .order(let order):
            throw ModelKind.kyle.omission(order == .none ? "pass" : order.word)
        case .informed: throw ModelKind.kyle.omission("informed")
        case .noise: throw ModelKind.kyle.omission("noise")
        case .run: throw ModelKind.kyle.omission("run")
        case .explain: throw ModelKind.kyle.omission("explain")
        case .plot: throw ModelKind.kyle.omission("plot")
        case .compare: throw ModelKind.kyle.omission("compare")
        case .simulate: throw ModelKind.kyle.omission("simulate")
        }
    }

    private mutating func modelVerb(_ call: ModelVerbCall, detail: Detail) throws(ShellError) -> ModelReply {
        switch call.name {
        case "flow":
            let auction = try cleared { s throws(KyleMarketError) in try s.flow(call.numbers[0]) }
            return auctionReply(auction, detail)
        case "auction":
            let auction = try cleared { s throws(KyleMarketError) in try s.auction() }
            return auctionReply(auction, detail)
        case "run":
            return try run(call.arguments.count, detail: detail)
        case "insider":
            let game = KyleInsiderGame(parameters, truth: truth, seed: call.arguments.seed ?? GameSeed.fresh())
            var reply = ModelReply(KyleGameText.opening(game))
            reply.game = game
            return reply
        case "plan":
            return ModelReply(
                KylePlanText(plan: plan, time: market.time).lines, results: .model(ModelResults(KylePlanResults(plan))))
        default:
            preconditionFailure("\(call.name) is not a verb of the kyle model")
        }
    }

    private func auctionReply(_ auction: KyleAuction, _ detail: Detail) -> ModelReply {
        let lines = KyleAuctionText(auction: auction, auctions: parameters.auctions).lines(detail)
        return ModelReply(lines + (market.isOver ? [kyleDayOverLine(market)] : []), step: auction)
    }

    /// `run [N]`: nature plays N auctions (all that are left without N), one compact row each.
    private mutating func run(_ count: Int?, detail: Detail) throws(ShellError) -> ModelReply {
        let left = parameters.auctions - market.time
        guard left > 0 else { throw .model(KyleErrorText.message(.dayOver(auctions: parameters.auctions))) }
        let n = count ?? left
        guard n <= left else { throw .model(KyleErrorText.tooFewLeft(asked: n, left: left)) }
        var lines = [KyleAuctionText.rowHeading]
        var last: KyleAuction?
        for index in 0..<n {
            let auction = try cleared { s throws(KyleMarketError) in try s.auction() }
            // Long days show their first and last rows; history lists every one.
            if n <= 12 || index < 5 || index >= n - 5 {
                lines.append(KyleAuctionText(auction: auction, auctions: parameters.auctions).row)
            } else if index == 5 {
                lines.append(Line("    … \(n - 10) more auctions (history shows them) …", .dim))
            }
            last = auction
        }
        if market.isOver { lines.append(kyleDayOverLine(market)) }
        return ModelReply(lines, step: last, journal: ["run \(n)"])
    }

    private mutating func cleared(
        _ change: (inout KyleSession) throws(KyleMarketError) -> KyleAuction
    ) throws(ShellError) -> KyleAuction {
        do {
            return try change(&self)
        } catch {
            throw .model(KyleErrorText.message(error))
        }
    }

    private mutating func setParameter(_ name: String, to value: Double) throws(ShellError) -> [Line] {
        // The parser takes names from this model's table, whose names are `KyleParameterName`s.
        guard let parameter = KyleParameterName(rawValue: name) else {
            preconditionFailure("\(name) is not in the kyle table")
        }
        guard let new = parameter.setting(value, in: parameters) else {
            throw .model(KyleErrorText.badParameter(parameter, value))
        }
        adopt(new)
        return [Line("\(name) = \(Format.number(value)): a new equilibrium, so a new day starts at t = 0")]
            + KyleViews(session: self, detail: .full).quote.dropFirst()
    }
}
