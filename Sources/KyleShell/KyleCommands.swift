import KyleModel
import ShellKit

/// The Kyle model's verbs: flows and auctions (its own, `KyleVerb`), the views, `set`, `reset`,
/// `undo`, `export`; the shared verbs it omits are refused by `ModelMarket`'s defaults
/// (`kyleModel.omittedVerbs`).
extension KyleSession: TapeWithoutPicture {
    static let pictureInstead = "the four panels are the binary model's picture; export csv or json"

    mutating func own(_ verb: KyleVerb, _ arguments: ParsedArguments, context: ModelContext) throws(ShellError)
        -> ModelReply
    {
        let detail = context.detail
        switch verb {
        case .flow:
            guard let y = arguments.numbers?.first else { preconditionFailure("flow's row takes one number") }
            let auction = try cleared { s throws(KyleMarketError) in try s.flow(y) }
            return auctionReply(auction, detail)
        case .auction:
            let auction = try cleared { s throws(KyleMarketError) in try s.auction() }
            return auctionReply(auction, detail)
        case .run:
            return try run(arguments.count, detail: detail)
        case .insider:
            let game = KyleInsiderGame(parameters, truth: truth, seed: arguments.seed ?? GameSeed.fresh())
            var reply = ModelReply(KyleGameText.opening(game))
            reply.game = game
            return reply
        case .plan:
            return ModelReply(
                KylePlanText(plan: plan, time: market.time).lines, results: .model(ModelResults(KylePlanResults(plan))))
        }
    }

    func quote(context: ModelContext) throws(ShellError) -> ModelReply {
        ModelReply(KyleViews(session: self, detail: context.detail).quote)
    }

    func state(context: ModelContext) throws(ShellError) -> ModelReply {
        ModelReply(KyleViews(session: self, detail: context.detail).state)
    }

    func params(context: ModelContext) throws(ShellError) -> ModelReply {
        ModelReply(KyleViews(session: self, detail: context.detail).params)
    }

    func history(last: Int, context: ModelContext) throws(ShellError) -> ModelReply {
        ModelReply(KyleViews(session: self, detail: context.detail).history(last))
    }

    mutating func set(_ parameter: KyleParameterName, to value: Double, context: ModelContext) throws(ShellError) -> ModelReply {
        let name = parameter.rawValue
        guard let new = parameter.setting(value, in: parameters) else {
            throw .refused(KyleRefusal.badParameter(parameter, value))
        }
        adopt(new)
        return ModelReply(
            [Line("\(name) = \(Format.number(value)): a new equilibrium, so a new day starts at t = 0")]
                + KyleViews(session: self, detail: .full).quote.dropFirst())
    }

    mutating func setTruth(_ stated: ModelTruth, context: ModelContext) throws(ShellError) -> ModelReply {
        setTruth(KyleTruth(stated))
        return ModelReply([stated.line(v: trueValue, drawnFrom: "N(p₀, Σ₀)", hidden: "only the insider knows it")])
    }

    mutating func reset(context: ModelContext) throws(ShellError) -> ModelReply {
        reset()
        return ModelReply(
            [Line("a new day: t = 0, price p₀ = \(Format.price(market.price)), generator reseeded with \(seed)")]
                + KyleViews(session: self, detail: context.detail).quote.dropFirst())
    }

    mutating func undo(context: ModelContext) throws(ShellError) -> ModelReply {
        guard let last = undo() else { throw .nothingToUndo(noneYet: KyleErrorText.noAuctionYet) }
        return ModelReply([
            Line(
                "took back auction \(last.n) (flow \(Format.value(last.flow))): price p\(KyleNotation.sub(market.time)) = \(Format.price(market.price)) as before it"
            )
        ])
    }

    private func auctionReply(_ auction: KyleAuction, _ detail: Detail) -> ModelReply {
        let lines = KyleAuctionText(auction: auction, auctions: parameters.auctions).lines(detail)
        return ModelReply(lines + (market.isOver ? [kyleDayOverLine(market)] : []), step: auction)
    }

    /// `run [N]`: nature plays N auctions (all that are left without N), one compact row each.
    private mutating func run(_ count: Int?, detail: Detail) throws(ShellError) -> ModelReply {
        let left = parameters.auctions - market.time
        guard left > 0 else { throw .refused(KyleRefusal.market(.dayOver(auctions: parameters.auctions))) }
        let n = count ?? left
        guard n <= left else { throw .refused(KyleRefusal.tooFewLeft(asked: n, left: left)) }
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
            throw .refused(KyleRefusal.market(error))
        }
    }
}
