import MarketCore
import ShellKit

/// The teacher's screen in the `makers` game. Projected: until the reveal it shows the quotes and
/// the public orders, never the value or whether a trader was informed.
enum MakersText {
    static func opening(_ game: MakersGame, opening: any ModelMarket) -> [String] {
        let s = game.setup
        return [
            "makers game, seed \(s.seed): \(League.rounds(s.rounds)), \(Int(s.seconds)) seconds to quote",
            ClassRoom.describe(opening, settings: s.market?.shownSettings),
            "each round one trader arrives and meets the best bid or ask in the room (a tie is shared)",
            "the Bayesian market maker quotes the same traders in a market of its own: its profit is the benchmark",
        ] + game.market.rules(.compete).dropLast().map { "  " + $0 }
    }

    static func round(_ round: MakersRound, roster: Roster) -> [String] {
        func names(_ seats: [Int]) -> String {
            seats.sorted().map { roster.seats[$0]?.name ?? "seat \($0)" }.joined(separator: ", ")
        }
        let robots = round.quotes.filter(\.value.robot).map(\.key)
        var lines = [
            "round \(round.number): best bid \(Format.price(round.best.bid)), best ask \(Format.price(round.best.ask)) (\(round.quotes.count) quoting"
                + (robots.isEmpty ? ")" : "; robot for \(names(robots)))")
        ]
        switch round.order {
        case .buy, .sell:
            let side = round.order == .buy ? "a buy at the ask" : "a sell at the bid"
            lines.append("  \(side) \(Format.price(round.price)): filled by \(names(Array(round.fills.keys)))")
        case .none:
            lines.append("  no trade")
        }
        lines.append(
            "  break-even prices at these quotes: E[V | sell] \(Format.price(round.breakEven.bid)), E[V | buy] \(Format.price(round.breakEven.ask))")
        lines.append(
            "  the Bayesian market maker quoted \(Format.price(round.bayesQuote.bid)) | \(Format.price(round.bayesQuote.ask))")
        return lines
    }

    static func summary(_ game: MakersGame, roster: Roster) -> [String] {
        let informed = game.played.filter(\.arrival.informed).count
        return [
            "the makers game is over after \(League.rounds(game.played.count)): the value was \(Format.value(game.market.trueValue))",
            "  informed traders: \(informed) of \(game.played.count)",
            "  the Bayesian market maker made \(Format.change(game.bayesLedger.profit)) on the same traders",
        ] + League.lines(game.standings(roster: roster))
    }
}
