import Foundation
import NormalValue
import ShellKit

extension NormalSession {
    /// The normal market's value of a quantity a lesson can pin (P(trader informed) comes from the
    /// order); nil for a side with no quote or a quantity it lacks (the binary model's beliefs).
    package func value(of quantity: Quantity) -> Double? {
        let quote = market.quote
        let posterior = market.posterior
        switch quantity {
        case .bid: return quote.bid.price
        case .ask: return quote.ask.price
        case .mid: return quote.mid
        case .spread: return quote.spread
        case .expectedValue: return posterior.mean
        case .sd: return posterior.standardDeviation
        case .t: return Double(market.time)
        default: return nil
        }
    }

    /// `t=3 100.98|101.98` for the prompt: `—` a side with no quote.
    package var clock: String {
        let quote = market.quote
        func short(_ price: Double?) -> String { price.map { String(format: "%.2f", $0) } ?? "—" }
        return "t=\(market.time) \(short(quote.bid.price))|\(short(quote.ask.price))"
    }

    /// Whether a side (or both, `market`) has no quote.
    package func isClosed(_ side: LessonSide) -> Bool {
        let quote = market.quote
        return switch side {
        case .market: quote.ask.price == nil && quote.bid.price == nil
        case .ask: quote.ask.price == nil
        case .bid: quote.bid.price == nil
        }
    }

    /// The normal market's fields of a `--json` record: quotes, E[v] and sd, sides with no quote.
    package func fill(_ record: inout Record) {
        let quote = market.quote
        let posterior = market.posterior
        record.fill(t: market.time, bid: quote.bid.price, ask: quote.ask.price)
        record.value = posterior.mean
        record[NormalField.sd] = posterior.standardDeviation
        record.askClosed = quote.ask.price == nil
        record.bidClosed = quote.bid.price == nil
        record.closed = record.askClosed && record.bidClosed
    }
}

extension NormalBayesStep {
    /// The order's fields of a `--json` record.
    package func fill(_ record: inout Record) {
        record.fill(order, price: fillPrice, trader: trader)
    }
}
