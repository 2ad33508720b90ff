import Foundation
import MarketModel
import ShellKit

extension Session {
    /// The binary market's value of a quantity a lesson can pin (P(trader informed) comes from
    /// the order, not the market); nil for a quantity it lacks. A side is its break-even price, which
    /// a side withdrawn by the tolerance still has (lessons ask what it would need; `closed` says it
    /// is withdrawn); the mid and the spread exist only while both sides are open.
    package func value(of quantity: Quantity) -> Double? {
        let quote = market.quote
        let belief = market.belief
        switch quantity {
        case .bid: return quote.bid.breakEvenPrice
        case .ask: return quote.ask.breakEvenPrice
        case .mid: return quote.openMid
        case .spread: return quote.openSpread
        case .pHigh: return belief.pHigh
        case .pLow: return belief.pLow
        case .pEvent: return belief.pEvent
        case .expectedValue: return quote.expectedValue
        case .sd:
            let values = market.parameters.values
            let deviations = values.map { ($0 - quote.expectedValue) * ($0 - quote.expectedValue) }
            return belief.probability.combined(with: deviations, *).sum.squareRoot()
        case .t: return Double(market.time)
        default: return nil
        }
    }

    /// `t=3 100.98|101.98` for the prompt: `×` a withdrawn side, `—` a side with no price.
    package var clock: String {
        let quote = market.quote
        func short(_ side: SideQuote) -> String {
            guard let price = side.price else { return "—" }
            return side.isOpen ? String(format: "%.2f", price) : "×"
        }
        return "t=\(market.time) \(short(quote.bid))|\(short(quote.ask))"
    }

    /// Whether a side (or the whole market) is withdrawn.
    package func isClosed(_ side: LessonSide) -> Bool {
        let quote = market.quote
        return switch side {
        case .market: quote.isClosed
        case .ask: quote.ask.isWithdrawn
        case .bid: quote.bid.isWithdrawn
        }
    }
}
