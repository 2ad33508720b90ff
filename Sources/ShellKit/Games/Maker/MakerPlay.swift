import MarketCore

/// The maker game in the shell: `maker …` starts, shows and leaves it; while it is on, a line
/// that reads as two quotes plays a round.
extension MakerGame: ShellGame {
    package var position: String { "maker \(rounds.count + 1)/\(request.rounds)" }
    package var moveHint: String { "bid ask" }

    package var expects: String {
        "two prices, bid ask, from \(GameText.range(yourMarket.quoteRange)) (- for none; \(GameText.arithmetic))"
    }

    package mutating func move(_ words: [String], display: Display) -> GameMove? {
        guard let typed = MakerSyntax.quotes(words, range: yourMarket.quoteRange, expects: expects) else { return nil }
        let result: Result<MakerRound, MakerRefusal>
        switch typed {
        case .success(let quotes): result = play(quotes)
        case .failure(let refusal): result = .failure(refusal)
        }
        switch result {
        case .failure(let refusal):
            return GameMove(lines: [], refused: .makerQuote(refusal.line))
        case .success(let round):
            var lines = MakerText.round(round, game: self)
            if isOver { lines += MakerSummary(game: self).lines }
            return GameMove(lines: lines, results: .model(ModelResults(MakerRoundResult(round, game: self))))
        }
    }

    package var standing: [Line] {
        [Line("maker \(request.rule.rawValue), seed \(seed): \(rounds.count) of \(request.rounds) rounds played"),
         MakerText.prompt(self)]
    }

    package var quote: [Line] { MakerText.quote(self) }

    package func history(display: Display) -> [Line] {
        guard !rounds.isEmpty else { return [Line("no round is played yet: \(MakerText.prompt(self).plain)", .dim)] }
        return MakerRoundTable(game: self).lines(fitting: rounds.count)
    }

    package func leaving(display: Display) -> [Line] {
        guard !rounds.isEmpty else {
            return [
                Line(
                    "left the maker game before its first round; the true value was \(Format.value(trueValue))",
                    .hidden)
            ]
        }
        return MakerSummary(game: self).lines
    }
}

extension Interpreter {
    /// `maker`, `maker compete|monopoly …`, `maker quit`.
    mutating func makerCommand(_ command: MakerCommand) throws(ShellError) -> [Line] {
        switch command {
        case .status:
            if let game { return game.standing }
            return [
                Line("no game is being played", .heading),
                Line("  maker compete: quote against the Bayesian market maker for each order"),
                Line("  maker monopoly: quote alone to uninformed traders who respond to price"),
                Line("  add rounds N and seed S for a fixed game (help maker)", .dim),
            ]
        case .start(let request):
            if let game { throw .makerQuote(GameText.oneAtATime(game.position)) }
            let seed = request.seed ?? GameSeed.fresh()
            var rng = Xoshiro256(seed: seed)
            let market = try session.model.market.makerMarket(request.rule, using: &rng)
            let new = MakerGame(request, seed: seed, rng: rng, market: market)
            return try start(new, opening: MakerText.opening(new))
        case .quit:
            return try leaveGame()
        }
    }
}
