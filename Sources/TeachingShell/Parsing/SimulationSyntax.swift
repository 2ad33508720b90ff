import MarketModel

/// What `simulate` was asked for: sessions, arrivals per session, the truth, the seed, the
/// price-discovery distance; the model is the current market's.
public struct SimulationRequest: Equatable, Sendable {
    public var sessions = 1000
    public var trades = 200
    /// nil: drawn per session from the prior.
    public var truth: Truth?
    /// nil: the session's seed.
    public var seed: UInt64?
    /// nil: 5% of high − low.
    public var distance: Double?
    /// nil: every core.
    public var threads: Int?

    public init() {}
}

/// Reads `simulate`'s keyword–value pairs: `sessions 5000 trades 300 truth high seed 7 distance 0.5`.
enum SimulationSyntax {
    static let keys = ["sessions", "trades", "truth", "seed", "distance", "threads"]

    static func request(_ args: [String]) throws(ShellError) -> SimulationRequest {
        var request = SimulationRequest()
        var rest = args[...]
        while let key = rest.popFirst()?.lowercased() {
            guard let word = rest.popFirst() else { throw .badSimulation("\(key) needs a value") }
            func whole(_ range: ClosedRange<UInt64>) throws(ShellError) -> UInt64 {
                guard let n = NumberSyntax.whole(word), range.contains(n) else {
                    throw .badSimulation("\(key) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(word)'")
                }
                return n
            }
            switch key {
            case "sessions": request.sessions = Int(try whole(1...100_000_000))
            case "trades": request.trades = Int(try whole(1...100_000_000))
            case "threads": request.threads = Int(try whole(1...256))
            case "seed": request.seed = try whole(0...UInt64.max)
            case "truth":
                if word.lowercased() == "drawn" { request.truth = nil; continue }
                guard let truth = Truth(rawValue: word.lowercased()) else { throw .badSimulation("truth takes high, low, none or drawn, not '\(word)'") }
                request.truth = truth
            case "distance":
                guard let d = NumberSyntax.number(word), d > 0 else { throw .badSimulation("distance takes a number above 0, not '\(word)'") }
                request.distance = d
            default:
                throw .badSimulation("unknown setting '\(key)' (\(keys.joined(separator: ", ")))")
            }
        }
        guard request.sessions.multipliedReportingOverflow(by: request.trades).partialValue <= 10_000_000_000 else {
            throw .badSimulation("sessions × trades is at most 10^10 arrivals in one study")
        }
        return request
    }
}
