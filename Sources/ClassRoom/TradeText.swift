import ShellKit

/// The teacher's screen in the `trade` game. It is projected: before a round's reveal it shows
/// no role and no value, only what the market maker sees (orders, Bayes' rule, quotes).
enum TradeText {
    static func opening(_ game: TradeGame) -> [String] {
        let s = game.setup
        return [
            "trade game, seed \(s.seed): \(League.rounds(s.rounds)), \(Int(s.seconds)) seconds a turn",
            ClassRoom.describe(game.opening, settings: s.market?.shownSettings),
            "the computer is the Bayesian market maker; each round nature draws the value, each student gets a private role",
            "informed (sees the value) or uninformed with a need (a side, and a penalty for not trading toward it)",
        ]
    }

    static func roundOpening(_ round: TradeRound, rounds: Int) -> [String] {
        let q = round.quotes
        return [
            "round \(round.number) of \(rounds): \(round.callOrder.count) students; bid \(Format.price(q.bid)), ask \(Format.price(q.ask)); penalty \(Format.value(round.penalty))"
        ]
    }

    static func orderLine(_ action: TradeAction, name: String) -> String {
        let who = name + (action.robot ? " (robot)" : "")
        guard let side = action.side, let price = action.price else { return "\(action.sequence). \(who) passes" }
        return "\(action.sequence). \(who) \(side == .buy ? "buys at the ask" : "sells at the bid") \(Format.price(price))"
    }

    /// The round's end on the projected screen: each student's action and P&L, and the totals.
    /// When the totals are withheld (`TradeTotals.withheld`), so are the roles and penalties beside
    /// the names: the projector shows each student's score only.
    static func reveal(_ round: TradeRound, totals: TradeTotals, roster: Roster) -> [String] {
        var lines = ["round \(round.number): the value was \(Format.value(round.value))"]
        for result in round.results ?? [] {
            let name = roster.seats[result.seat]?.name ?? "seat \(result.seat)"
            let role = result.role.informed ? "informed" : result.role.need.map { "needs to \($0.rawValue)" } ?? "no need"
            let did: String
            if let action = result.action {
                did = (action.side.map { "\($0.rawValue) at \(Format.price(action.price))" } ?? "pass") + (action.robot ? " (robot)" : "")
            } else {
                did = "not called"
            }
            guard totals.shown else {
                lines.append("  \(Format.pad(name, 24))\(Format.pad(did, 24))score \(Format.change(result.score))")
                continue
            }
            lines.append(
                "  \(Format.pad(name, 24))\(Format.pad(role, 16))\(Format.pad(did, 24))profit \(Format.change(result.profit))"
                    + (result.penalty > 0 ? ", penalty \(Format.price(result.penalty))" : ""))
        }
        guard let withheld = totals.withheld else {
            return lines + [
                "  informed traders made \(Format.change(totals.informed)), uninformed \(Format.change(totals.uninformed)); the market maker \(Format.change(totals.marketMaker))",
                "  trading is zero-sum at the value: the three add up to 0; penalties paid: \(Format.price(totals.penalties))",
            ]
        }
        return lines + ["  the market maker made \(Format.change(totals.marketMaker))", "  " + withheld]
    }

    static func summary(_ game: TradeGame, roster: Roster) -> [String] {
        let revealed = game.rounds.filter(\.isRevealed)
        let mm = revealed.map(\.marketMaker.profit).reduce(0, +)
        let mean = revealed.isEmpty ? 0 : mm / Double(revealed.count)
        return ["the trade game is over: \(League.rounds(revealed.count)); the market maker made \(Format.change(mm)) in all, \(Format.change(mean)) a round"]
            + League.lines(game.standings(roster: roster))
    }
}

/// Ranking scores into a league, and the league as lines.
enum League {
    /// `1 round`, `3 rounds`.
    static func rounds(_ n: Int) -> String { "\(n) round\(n == 1 ? "" : "s")" }

    /// Best first; equal scores share the better rank; then by name.
    static func rank(_ scores: [Int: Double], roster: Roster) -> [Standing] {
        let named = scores.map { (name: roster.seats[$0.key]?.name ?? "seat \($0.key)", score: $0.value) }
            .sorted { ($0.score, $1.name) > ($1.score, $0.name) }
        var standings: [Standing] = []
        for (i, row) in named.enumerated() {
            let rank = i > 0 && named[i - 1].score == row.score ? standings[i - 1].rank : i + 1
            standings.append(Standing(rank: rank, name: row.name, score: row.score))
        }
        return standings
    }

    static func lines(_ standings: [Standing]) -> [String] {
        guard !standings.isEmpty else { return ["  nobody has a score yet"] }
        return standings.map { "  \(Format.pad(String($0.rank) + ".", 5))\(Format.pad($0.name, 24))\(Format.change($0.score))" }
    }
}
