import MarketCore

/// What `simulate` was asked for: sessions, arrivals per session, the truth, the seed, the
/// price-discovery distance; the model is the current market's.
public struct SimulationRequest: Equatable, Sendable {
    public var sessions = 1000
    public var trades = 200
    /// nil: drawn per session from the prior.
    public var truth: ModelTruth?
    /// nil: the session's seed.
    public var seed: UInt64?
    /// nil: 5% of high − low.
    public var distance: Double?
    /// nil: every core.
    public var threads: Int?

    public init() {}
}

/// What is wrong with a `simulate` line; `ErrorText` words it.
public enum SimulationProblem: Equatable, Sendable {
    case missingValue(key: String)
    case notWhole(key: String, text: String, accepted: ClosedRange<UInt64>)
    case badTruth(String, accepts: String)
    case badDistance(String)
    case unknownKey(String)
    case tooManyArrivals
}

/// Reads `simulate`'s keyword–value pairs: `sessions 5000 trades 300 truth high seed 7 distance 0.5`.
enum SimulationSyntax {
    package static let keys = ["sessions", "trades", "truth", "seed", "distance", "threads"]
    /// The most arrivals one study may play (sessions × trades).
    static let maximumArrivals = 10_000_000_000

    /// `simulate`'s usage under `model`, with the truth words the model reads.
    package static func usage(under model: ModelKind) -> String {
        "simulate [sessions M] [trades N] [truth \(model.truthChoicesForUsage)|drawn] [seed S] [distance D] [threads T]"
    }

    package static func request(_ args: [String], model: ModelKind) throws(ShellError) -> SimulationRequest {
        var request = SimulationRequest()
        var rest = args[...]
        while let key = rest.popFirst()?.lowercased() {
            guard let word = rest.popFirst() else { throw .badSimulation(.missingValue(key: key), model: model) }
            func whole(_ range: ClosedRange<UInt64>) throws(ShellError) -> UInt64 {
                guard let n = NumberSyntax.whole(word), range.contains(n) else {
                    throw .badSimulation(.notWhole(key: key, text: word, accepted: range), model: model)
                }
                return n
            }
            switch key {
            case "sessions": request.sessions = Int(try whole(1...100_000_000))
            case "trades": request.trades = Int(try whole(1...100_000_000))
            case "threads": request.threads = Int(try whole(1...256))
            case "seed": request.seed = try whole(0...UInt64.max)
            case "truth":
                if word.lowercased() == "drawn" {
                    request.truth = nil
                    continue
                }
                guard let truth = model.truth(word) else {
                    throw .badSimulation(.badTruth(word, accepts: model.simulationTruthAccepts), model: model)
                }
                request.truth = truth
            case "distance":
                guard let d = NumberSyntax.number(word), d > 0 else {
                    throw .badSimulation(.badDistance(word), model: model)
                }
                request.distance = d
            default:
                throw .badSimulation(.unknownKey(key), model: model)
            }
        }
        guard request.sessions.multipliedReportingOverflow(by: request.trades).partialValue <= maximumArrivals else {
            throw .badSimulation(.tooManyArrivals, model: model)
        }
        return request
    }
}
