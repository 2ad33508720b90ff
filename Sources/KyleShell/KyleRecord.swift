import KyleModel
import ShellKit

extension KyleSession {
    /// The Kyle market's value of a quantity a lesson can pin; nil for one it lacks (quotes, the
    /// binary model's beliefs) or for `lambda` and `beta` before the first auction.
    func value(of quantity: Quantity) -> Double? {
        switch quantity {
        case .price, .expectedValue: market.price
        case .sigma2: market.variance
        case .sd: market.variance.squareRoot()
        case .lambda: tape.last?.lambda
        case .beta: tape.last?.beta
        case .expectedProfit: plan.expectedProfit
        case .t: Double(market.time)
        default: nil
        }
    }

    /// The Kyle market's fields of a `--json` record: E[v] = the price, its sd, and Σ_n.
    func fill(_ record: inout Record) {
        record.t = market.time
        record.value = market.price
        record[KyleField.sd] = market.variance.squareRoot()
        record[KyleField.sigma2] = market.variance
        record[KyleField.auctions] = Double(parameters.auctions)
    }
}

extension KyleAuction: ModelStep {
    /// Kyle's market maker has no P(informed | order): every auction's flow holds the insider's order.
    package var informedProbability: Double? { nil }

    /// The auction's fields of a `--json` record: `price`, `lambda`, `sigma2`, `n`, and the flow.
    package func fill(_ record: inout Record) {
        record.price = price
        record.order = "flow"
        record.trader = split == nil ? nil : "nature"
        record[KyleField.n] = Double(n)
        record[KyleField.lambda] = lambda
        record[KyleField.beta] = beta
        record[KyleField.sigma2] = sigma2
        record[KyleField.flow] = flow
        record[KyleField.insider] = split?.insider
        record[KyleField.noise] = split?.noise
    }
}

/// The day's auctions as `export` writes them: one row per auction.
extension KyleSession: ExportableTape {
    static let columns = [
        "t", "source", "flow", "insider", "noise", "lambda", "beta", "price", "sigma2", "value", "insider_profit",
    ]

    var periods: Int { tape.count }

    func replayRows(_ body: ([ExportField]) -> Bool) {
        for a in tape {
            let row: [ExportField] = [
                .count(a.n), .word(a.split == nil ? "typed" : "nature"), .number(a.flow), .number(a.split?.insider),
                .number(a.split?.noise), .number(a.lambda), .number(a.beta), .number(a.price), .number(a.sigma2),
                .number(a.trueValue), .number(a.insiderProfit),
            ]
            guard body(row) else { return }
        }
    }
}
