import ShellKit

/// Reads `compare`'s keyword–value pairs: `mu 0.5 0.1`, `trades 300`, `low 95`, `high 105`,
/// `seed 7` (the binary model's study, handed to the parser as the descriptor's `study`).
enum CompareSyntax {
    /// What `help compare` and every refusal of a bad `compare` show.
    static let usage = "compare [mu HIGH LOW] [trades N] [low L] [high H] [seed S]"
    /// The keywords `compare` reads, in the order its usage names them.
    static let keywords = ["mu", "trades", "low", "high", "seed"]
    /// How many trades each market may run.
    static let trades: ClosedRange<Int> = 1...1_000_000
    /// How far from zero `low` and `high` may be (the refusal says ±1e9).
    static let largestValue = 1e9

    /// The study as the binary model's descriptor gives it to the parser.
    static let study = ModelStudy(usage: usage) { args throws(ShellError) in StudySetup(try setup(args)) }

    static func setup(_ args: [String]) throws(ShellError) -> ComparisonSetup {
        var setup = ComparisonSetup()
        var rest = args[...]
        while let key = rest.popFirst()?.lowercased() {
            func value() throws(ShellError) -> String {
                guard let word = rest.popFirst() else { throw .refused(ComparisonProblem.missingValue(key)) }
                return word
            }
            func number(_ word: String) throws(ShellError) -> Double {
                guard let n = NumberSyntax.number(word) else { throw .refused(ComparisonProblem.notANumber(word)) }
                return n
            }
            switch key {
            case "mu":
                setup.muHigh = try number(try value())
                setup.muLow = try number(try value())
            case "trades":
                let word = try value()
                guard let n = NumberSyntax.whole(word), n <= UInt64(trades.upperBound), trades.contains(Int(n)) else {
                    throw .refused(ComparisonProblem.badTrades(word))
                }
                setup.trades = Int(n)
            case "low": setup.low = try number(try value())
            case "high": setup.high = try number(try value())
            case "seed":
                let word = try value()
                guard let seed = NumberSyntax.whole(word) else { throw .refused(ComparisonProblem.badSeed(word)) }
                setup.seed = seed
            default:
                throw .refused(ComparisonProblem.unknownKeyword(key))
            }
        }
        for mu in [setup.muHigh, setup.muLow] where !(0..<1).contains(mu) {
            throw .refused(ComparisonProblem.muOutOfRange(mu))
        }
        guard setup.low < setup.high, abs(setup.low) <= largestValue, abs(setup.high) <= largestValue else {
            throw .refused(ComparisonProblem.badValues(low: setup.low, high: setup.high))
        }
        return setup
    }
}

/// What `compare` could not use. Cases carry the context; `message` words them.
enum ComparisonProblem: Equatable, ModelError {
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

    /// The refusal: what is wrong, then the usage.
    var message: String { "compare: \(problem); usage \(CompareSyntax.usage)" }

    private var problem: String {
        let trades = CompareSyntax.trades
        switch self {
        case .missingValue(let key): return "\(printable(key)) needs a value"
        case .notANumber(let word): return "'\(printable(word))' is not a number"
        case .badTrades(let word):
            return
                "trades takes a whole number from \(trades.lowerBound) to \(trades.upperBound), not '\(printable(word))'"
        case .badSeed(let word): return "seed takes a whole number, not '\(printable(word))'"
        case .unknownKeyword(let key):
            return "unknown setting '\(printable(key))' (\(CompareSyntax.keywords.joined(separator: ", ")))"
        case .muOutOfRange(let mu): return "each mu must be in [0, 1), not \(Format.number(mu))"
        case .badValues: return "low must be below high (and both within ±1e9)"
        }
    }
}

/// `compare`: the seed document's mini-project with the correct model — two markets that differ
/// only in the informed share, same values, truth and seed, side by side.
struct ComparisonSetup: Equatable, Sendable {
    var muHigh = 0.60
    var muLow = 0.15
    var low = 95.0
    var high = 105.0
    var trades = 100
    /// nil: the session's seed.
    var seed: UInt64?
}
