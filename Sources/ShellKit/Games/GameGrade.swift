import Foundation
import MarketCore

/// A game as homework reads it (Documentation/Homework.md, "Games"): the seed it was dealt from,
/// its length, the moves played as numbers, the numbers the coming move is written against, and
/// its score. Homework records the moves and `verify` plays them again through the same game.
package struct GameGrade: Equatable, Sendable {
    package var seed: UInt64
    /// Rounds (maker) or auctions (insider) in the game.
    package var length: Int
    /// Each move played, as its numbers: a maker round's bid and ask (nil for `-`), an insider's order.
    package var moves: [[Double?]]
    /// What the coming move is written against in a code (the market maker's coming quotes, the
    /// equilibrium insider's coming order): a move near it is a few symbols. Empty once over.
    package var reference: [Double?]
    /// The score from 0 to 1, with the unplayed rounds counted as nothing; nil for a game not
    /// graded as homework.
    package var score: Double?

    package init(seed: UInt64, length: Int, moves: [[Double?]], reference: [Double?], score: Double?) {
        (self.seed, self.length, self.moves, self.reference, self.score) = (seed, length, moves, reference, score)
    }

    /// The words that play `numbers` as a move: each to 4 places, `-` for none.
    package static func words(_ numbers: [Double?]) -> [String] {
        numbers.map { $0.map { String(format: "%.4f", $0) } ?? "-" }
    }
}

extension MakerGame {
    /// `maker compete`: the share of the rounds played soundly, where no side quoted lies below
    /// break-even (ask ≥ E[V | buy], bid ≤ E[V | sell] at the places shown) and an order that
    /// came was filled at least half by you (you were in the market). Quoting the market maker's
    /// zero-profit quotes scores 100%; undercutting it sells below break-even; quoting wide
    /// misses the orders. `monopoly` is not graded.
    package var grade: GameGrade {
        let sound = rounds.count { r in
            let ask = r.yours.ask.flatMap { a in r.breakEven.ask.map { ShownPrecision.difference(a, $0) >= 0 } } ?? true
            let bid = r.yours.bid.flatMap { b in r.breakEven.bid.map { ShownPrecision.difference($0, b) >= 0 } } ?? true
            return ask && bid && (r.order == .none || r.yourShare >= 0.5)
        }
        let quote = isOver ? [] : request.rule == .compete ? [computerQuote.bid, computerQuote.ask] : [nil, nil]
        return GameGrade(
            seed: seed, length: request.rounds, moves: rounds.map { [$0.yours.bid, $0.yours.ask] }, reference: quote,
            score: request.rule == .compete ? Double(sound) / Double(request.rounds) : nil)
    }
}
