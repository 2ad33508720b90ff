import ShellKit

/// What the teacher asks to see.
public enum ConsoleView: String, Sendable, CaseIterable {
    case roster, league, round
}

extension ClassRoom {
    /// Lines for the teacher's projected screen.
    public func console(_ view: ConsoleView) -> [String] {
        switch view {
        case .roster: rosterLines
        case .league: leagueLines
        case .round: roundLines
        }
    }

    private var rosterLines: [String] {
        let seats = roster.seats.values.sorted { $0.number < $1.number }
        guard !seats.isEmpty else { return ["class \(code): nobody has joined yet"] }
        return ["class \(code): \(roster.active.count) students"]
            + seats.map { s in
                let state = s.kicked ? "removed" : s.present ? "here" : "away"
                return "  \(Format.pad(String(s.number), 5))\(Format.pad(s.name, 24))\(Format.pad(state, 9))played \(s.played) of \(s.turns) turns"
            }
    }

    private var leagueLines: [String] {
        switch game {
        case .trade(let trade):
            return ["league, trade game (score: profit − penalties over revealed rounds)"]
                + League.lines(trade.standings(roster: roster))
        case .makers(let makers):
            guard makers.isOver else {
                return ["league, makers game: profits are known at the reveal; lots traded so far"]
                    + makers.ledgers.sorted { $0.key < $1.key }.map {
                        "  \(Format.pad(roster.seats[$0.key]?.name ?? "seat \($0.key)", 24))\(Format.value($0.value.lots)) lots"
                    }
            }
            return ["league, makers game (profit at the value)"] + League.lines(makers.standings(roster: roster))
        case nil:
            return ["no game has been played yet"]
        }
    }

    private var roundLines: [String] {
        switch game {
        case .trade(let trade):
            guard let round = trade.current else { return ["no round yet"] }
            var lines = TradeText.roundOpening(round, rounds: trade.setup.rounds)
            lines += round.actions.map { TradeText.orderLine($0, name: roster.seats[$0.seat]?.name ?? "seat \($0.seat)") }
            if let called = round.called { lines.append("  now: \(roster.seats[called.seat]?.name ?? "seat \(called.seat)")") }
            if round.isRevealed, let results = round.results {
                lines += TradeText.reveal(round, totals: TradeTotals(results, marketMaker: round.marketMaker.profit), roster: roster)
            }
            return lines
        case .makers(let makers):
            var lines =
                makers.isOver
                ? ["the makers game is over after \(League.rounds(makers.played.count))"]
                : ["makers round \(makers.round) of \(makers.setup.rounds): \(makers.quotes.count) of \(makers.seats.count) have quoted"]
            if let last = makers.played.last { lines += MakersText.round(last, roster: roster) }
            return lines
        case nil:
            return ["no game has been played yet"]
        }
    }
}
