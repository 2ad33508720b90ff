import MarketModel
import ShellKit

/// One market of the comparison: its rows (from the opening, t = 0) and the document's metrics.
struct ComparedMarket {
    let name: String
    let mu: Double
    /// The session's elastic setting, which both markets share.
    var elastic: Elasticity = .off
    let rows: [TradeRow]
    /// The periods that traded (t ≥ 1), which the metrics are over: the rows after the opening's,
    /// sharing their storage (filtering them again for each metric took most of `compare`'s time
    /// with 10⁶ rows, and a copy would double its memory).
    let trades: ArraySlice<TradeRow>
    let openingSpread: Double
    let openingBelief: Double
    let trueValue: Double
    /// The same market's exact expected path over all of nature's draws; nil if too long to compute.
    let expected: ExpectedPath?
    let spreads: [Double]

    init(
        name: String, mu: Double, elastic: Elasticity, rows: [TradeRow], openingSpread: Double,
        openingBelief: Double, trueValue: Double, expected: ExpectedPath?
    ) {
        self.name = name
        self.mu = mu
        self.elastic = elastic
        self.rows = rows
        trades = rows.drop { $0.t <= 0 }
        spreads = trades.compactMap(\.spread)
        self.openingSpread = openingSpread
        self.openingBelief = openingBelief
        self.trueValue = trueValue
        self.expected = expected
    }
    var finalSpread: Double { spreads.last ?? openingSpread }
    var averageSpread: Double { spreads.isEmpty ? openingSpread : spreads.reduce(0, +) / Double(spreads.count) }
    var maximumSpread: Double { max(openingSpread, spreads.max() ?? openingSpread) }
    var finalBelief: Double { trades.last?.pHigh ?? openingBelief }
    var distance: Double { abs((trades.last?.mid ?? .nan) - trueValue) }
    var uninformedCost: Double { trades.reduce(0) { $0 + $1.uninformedCost } }

    /// The first t from which the mid stays within `band` of the true value, or nil.
    func settles(within band: Double) -> Int? {
        let trades = trades
        guard let lastOutside = trades.lastIndex(where: { abs(($0.mid ?? .infinity) - trueValue) > band }) else {
            return 1
        }
        return lastOutside + 1 < trades.endIndex ? trades[lastOutside + 1].t : nil
    }
}

enum Comparison {
    /// Runs both markets: nature draws `trades` arrivals in each, from the same seed. The setup's
    /// values and shares were checked when it was parsed; `elastic` is the session's demand.
    static func run(
        _ setup: ComparisonSetup, seed: UInt64, elastic: Elasticity = .off, shouldStop: () -> Bool = { false }
    ) throws(ShellError) -> [ComparedMarket] {
        if elastic == .value, setup.low <= 0 { throw .refusal(ModelRefusal(ParameterError.elasticValueNeedsPositiveValues(low: setup.low))) }
        return try [("high informed share", setup.muHigh), ("low informed share", setup.muLow)].map {
            name, mu throws(ShellError) in
            var parameters = Parameters()
            parameters.low = setup.low
            parameters.high = setup.high
            parameters.mu = mu
            parameters.elastic = elastic
            var session = Session(parameters: parameters)
            session.setTruth(.high)
            session.setSeed(seed)
            let opening = session.market.quote
            let result = session.run(setup.trades, shouldStop: shouldStop)
            if let error = result.error { throw .runStopped(at: session.market.time, error) }
            if result.interrupted { throw .interrupted(done: result.steps, of: setup.trades) }
            // The seeded path is played; replaying its rows and the exact expectations take as long
            // again, so each asks `shouldStop` as it goes.
            let rows = session.rows(0...session.periods, shouldStop: shouldStop)
            if shouldStop() { throw .interruptedWorking(on: "the rows of the seeded paths") }
            let expected = ExpectedPath(
                parameters: parameters, arrivals: setup.trades, band: 0.01 * session.trueValue, shouldStop: shouldStop)
            if shouldStop() { throw .interruptedWorking(on: "the exact expectations") }
            return ComparedMarket(
                name: name, mu: mu, elastic: elastic, rows: rows,
                openingSpread: opening.openSpread ?? .nan, openingBelief: session.market.parameters.prior,
                trueValue: session.trueValue, expected: expected)
        }
    }
}
