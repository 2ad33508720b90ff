import MarketModel
import ShellKit

extension Session {
    /// The binary market's fields of a `--json` record: quotes, E[V], the beliefs, closed sides.
    package func fill(_ record: inout Record) {
        let quote = market.quote
        let belief = market.belief
        record.fill(t: market.time, bid: quote.bid.openPrice, ask: quote.ask.openPrice)
        record.value = quote.expectedValue
        record[BinaryField.pHigh] = belief.pHigh
        record[BinaryField.pLow] = belief.pLow
        record[BinaryField.pEvent] = belief.pEvent
        (record.closed, record.askClosed, record.bidClosed) = (
            quote.isClosed, quote.ask.isWithdrawn, quote.bid.isWithdrawn
        )
        if let elastic = quote.ask.elastic ?? quote.bid.elastic {
            // Elastic demand: C at this quote and the share of each side's uninformed who trade there.
            record[BinaryField.elasticC] = elastic.condition.scale
            record[BinaryField.askParticipation] = quote.ask.participation
            record[BinaryField.bidParticipation] = quote.bid.participation
        }
    }
}

extension BayesStep {
    /// The order's fields of a `--json` record.
    package func fill(_ record: inout Record) {
        record.fill(order, price: fillPrice, trader: trader)
    }
}
