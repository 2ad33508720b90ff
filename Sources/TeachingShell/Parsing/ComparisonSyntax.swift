/// Reads `compare`'s keyword–value pairs: `mu 0.5 0.1`, `trades 300`, `low 95`, `high 105`, `seed 7`.
enum ComparisonSyntax {
    static func setup(_ args: [String]) throws(ShellError) -> ComparisonSetup {
        var setup = ComparisonSetup()
        var rest = args[...]
        while let key = rest.popFirst()?.lowercased() {
            func value() throws(ShellError) -> String {
                guard let word = rest.popFirst() else { throw .badComparison("\(key) needs a value") }
                return word
            }
            func number(_ word: String) throws(ShellError) -> Double {
                guard let n = NumberSyntax.number(word) else { throw .badComparison("'\(word)' is not a number") }
                return n
            }
            switch key {
            case "mu":
                setup.muHigh = try number(try value())
                setup.muLow = try number(try value())
            case "trades":
                let word = try value()
                guard let n = NumberSyntax.whole(word), (1...1_000_000).contains(n) else {
                    throw .badComparison("trades takes a whole number from 1 to 1000000, not '\(word)'")
                }
                setup.trades = Int(n)
            case "low": setup.low = try number(try value())
            case "high": setup.high = try number(try value())
            case "seed":
                let word = try value()
                guard let seed = NumberSyntax.whole(word) else { throw .badComparison("seed takes a whole number, not '\(word)'") }
                setup.seed = seed
            default:
                throw .badComparison("unknown setting '\(key)' (mu, trades, low, high, seed)")
            }
        }
        for mu in [setup.muHigh, setup.muLow] where !(0..<1).contains(mu) {
            throw .badComparison("each mu must be in [0, 1), not \(Format.number(mu))")
        }
        guard setup.low < setup.high, abs(setup.low) <= 1e9, abs(setup.high) <= 1e9 else {
            throw .badComparison("low must be below high (and both within ±1e9)")
        }
        return setup
    }
}
