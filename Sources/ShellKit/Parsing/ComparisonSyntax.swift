import MarketCore

/// Reads `compare`'s keyword–value pairs: `mu 0.5 0.1`, `trades 300`, `low 95`, `high 105`, `seed 7`.
package enum ComparisonSyntax {
    /// The keywords `compare` reads, in the order its usage names them.
    package static let keywords = ["mu", "trades", "low", "high", "seed"]
    /// How many trades each market may run.
    package static let trades: ClosedRange<Int> = 1...1_000_000
    /// How far from zero `low` and `high` may be (ErrorText says ±1e9).
    package static let largestValue = 1e9

    package static func setup(_ args: [String]) throws(ShellError) -> ComparisonSetup {
        var setup = ComparisonSetup()
        var rest = args[...]
        while let key = rest.popFirst()?.lowercased() {
            func value() throws(ShellError) -> String {
                guard let word = rest.popFirst() else { throw .badComparison(.missingValue(key)) }
                return word
            }
            func number(_ word: String) throws(ShellError) -> Double {
                guard let n = NumberSyntax.number(word) else { throw .badComparison(.notANumber(word)) }
                return n
            }
            switch key {
            case "mu":
                setup.muHigh = try number(try value())
                setup.muLow = try number(try value())
            case "trades":
                let word = try value()
                guard let n = NumberSyntax.whole(word), n <= UInt64(trades.upperBound), trades.contains(Int(n)) else {
                    throw .badComparison(.badTrades(word))
                }
                setup.trades = Int(n)
            case "low": setup.low = try number(try value())
            case "high": setup.high = try number(try value())
            case "seed":
                let word = try value()
                guard let seed = NumberSyntax.whole(word) else { throw .badComparison(.badSeed(word)) }
                setup.seed = seed
            default:
                throw .badComparison(.unknownKeyword(key))
            }
        }
        for mu in [setup.muHigh, setup.muLow] where !(0..<1).contains(mu) {
            throw .badComparison(.muOutOfRange(mu))
        }
        guard setup.low < setup.high, abs(setup.low) <= largestValue, abs(setup.high) <= largestValue else {
            throw .badComparison(.badValues(low: setup.low, high: setup.high))
        }
        return setup
    }
}

/// What `compare` could not use. Cases carry the context; `ErrorText` words them.
public enum ComparisonProblem: Equatable, Sendable {
    /// A keyword with nothing after it.
    case missingValue(String)
    case notANumber(String)
    case badTrades(String)
    case badSeed(String)
    case unknownKeyword(String)
    /// A μ outside [0, 1).
    case muOutOfRange(Double)
    /// `low` not below `high`, or one of them beyond ±1e9.
    case badValues(low: Double, high: Double)
}

extension ComparisonSyntax {
    /// `compare models`' orders when none are given: two buys, a sell, a buy.
    package static let defaultOrders: [Order] = [.buy, .buy, .sell, .buy]
    /// The most orders `compare models` plays.
    package static let maximumOrders = 1000

    /// `compare models buy buy sell` (or `b b s`): the customer orders every model meets.
    package static func orders(_ words: ArraySlice<String>) throws(ShellError) -> [Order] {
        guard !words.isEmpty else { return defaultOrders }
        guard words.count <= maximumOrders else {
            throw .badCount(verb: "compare models", text: String(words.count), accepted: 1...maximumOrders)
        }
        var orders: [Order] = []
        for word in words {
            switch word.lowercased() {
            case "buy", "b": orders.append(.buy)
            case "sell", "s": orders.append(.sell)
            default: throw .badChoice(verb: "compare models", text: word, choices: ["buy", "sell", "b", "s"])
            }
        }
        return orders
    }
}

/// `compare`: the seed document's mini-project with the correct model — two markets that differ
/// only in the informed share, same values, truth and seed, side by side.
public struct ComparisonSetup: Equatable, Sendable {
    package var muHigh = 0.60
    package var muLow = 0.15
    package var low = 95.0
    package var high = 105.0
    package var trades = 100
    /// nil: the session's seed.
    package var seed: UInt64?

    package init() {}
}
