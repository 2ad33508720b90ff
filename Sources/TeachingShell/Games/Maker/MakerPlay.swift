import MarketCore

/// The maker game in the shell: `maker …` starts, shows and leaves it; while it is on, a line
/// that reads as two quotes plays a round. The game never changes the learner's market.
extension Interpreter {
    /// A round, when a game is on and the line reads as quotes (`99.5 101.5`, `quote 99.5 101.5`).
    mutating func makerRound(_ text: String) -> Reply? {
        guard var game = maker, let quotes = MakerSyntax.quotes(Parser.words(of: text)) else { return nil }
        switch game.play(quotes) {
        case .failure(let refusal):
            return failureReply(.makerQuote(refusal.line), command: text)
        case .success(let round):
            var lines = MakerText.round(round, game: game)
            if game.isOver {
                lines += MakerSummary(game: game, width: display.width, unicode: display.unicode).lines
                maker = nil
            } else {
                maker = game
            }
            var record = Record(command: text, session: session.model, step: nil)
            record.results = .model(ModelResults(MakerRoundResult(round, game: game)))
            return Reply(lines: lines, record: record)
        }
    }

    /// `maker`, `maker compete|monopoly …`, `maker quit`.
    mutating func makerCommand(_ command: MakerCommand) throws(ShellError) -> [Line] {
        switch command {
        case .status:
            guard let game = maker else {
                return [
                    Line("no maker game is being played", .heading),
                    Line("  maker compete: quote against the Bayesian market maker for each order"),
                    Line("  maker monopoly: quote alone to uninformed traders who respond to price"),
                    Line("  add rounds N and seed S for a fixed game (help maker)", .dim),
                ]
            }
            return [Line("maker \(game.request.rule.rawValue), seed \(game.seed): \(game.rounds.count) of \(game.request.rounds) rounds played")]
                + [MakerText.prompt(game)]
        case .start(let request):
            let seed = request.seed ?? session.model.seed
            var rng = Xoshiro256(seed: seed)
            let market = try session.model.market.makerMarket(request.rule, using: &rng)
            let replaced = maker.map { [Line("the maker game in play (\($0.rounds.count) of \($0.request.rounds) rounds) is left", .dim)] } ?? []
            let game = MakerGame(request, seed: seed, rng: rng, market: market)
            maker = game
            return replaced + MakerText.opening(game)
        case .quit:
            guard let game = maker else { throw .noMakerGame }
            maker = nil
            return [
                Line("left the maker game after \(game.rounds.count) of \(game.request.rounds) rounds; the true value was \(Format.value(game.trueValue))", .hidden)
            ]
        }
    }

    /// `[maker 3/20]` for the prompt while a game is on.
    public var makerStatus: String? {
        maker.map { "maker \($0.rounds.count + 1)/\($0.request.rounds)" }
    }
}
