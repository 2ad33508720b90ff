import MarketCore

/// The maker game in the shell: `maker …` starts, shows and leaves it; while it is on, a line
/// that reads as two quotes plays a round.
extension MakerGame: ShellGame {
    var position: String { "maker \(rounds.count + 1)/\(request.rounds)" }
    var moveHint: String { "bid ask" }

    mutating func move(_ words: [String], display: Display) -> GameMove? {
        guard let quotes = MakerSyntax.quotes(words) else { return nil }
        switch play(quotes) {
        case .failure(let refusal):
            return GameMove(lines: [], refused: .makerQuote(refusal.line))
        case .success(let round):
            var lines = MakerText.round(round, game: self)
            if isOver { lines += MakerSummary(game: self, width: display.width, unicode: display.unicode).lines }
            return GameMove(lines: lines, results: .model(ModelResults(MakerRoundResult(round, game: self))))
        }
    }

    var standing: [Line] {
        [Line("maker \(request.rule.rawValue), seed \(seed): \(rounds.count) of \(request.rounds) rounds played"),
         MakerText.prompt(self)]
    }

    var leaving: [Line] {
        [
            Line(
                "left the maker game after \(rounds.count) of \(request.rounds) rounds; the true value was \(Format.value(trueValue))",
                .hidden)
        ]
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
            let seed = request.seed ?? session.model.seed
            var rng = Xoshiro256(seed: seed)
            let market = try session.model.market.makerMarket(request.rule, using: &rng)
            let new = MakerGame(request, seed: seed, rng: rng, market: market)
            return start(new, opening: MakerText.opening(new))
        case .quit:
            return try leaveGame()
        }
    }
}
