import Foundation

/// What a Monte Carlo study plays: the model, how many sessions of how many arrivals, and the seed.
public struct SimulationPlan: Equatable, Sendable {
    public var parameters: Parameters
    /// M, the number of sessions.
    public var sessions: Int
    /// N, the number of arrivals (periods, including no-trades) in each session (fixed: the profile
    /// times depend on it).
    public let arrivals: Int
    /// The master seed; session i plays from `SessionSimulator.generator(seed:session:)`.
    public var seed: UInt64
    /// Nature's state in every session, or nil to draw it per session from the prior:
    /// no event with 1 − α, bad news with α·δ, good news with α·θ.
    public var truth: Truth?
    /// The price-discovery criterion: the first t with |mid − V| ≤ this distance.
    public var discoveryDistance: Double
    /// The trade numbers t (arrivals so far, 0 = the opening) at which the spread profile is kept:
    /// sorted, distinct, within 0...arrivals.
    public let profileTimes: [Int]

    /// A plan; `profileTimes` nil picks at most `defaultProfilePoints` of them (see `spacedTimes`),
    /// and `discoveryDistance` nil is 5% of V_H − V_L.
    public init(
        parameters: Parameters, sessions: Int, arrivals: Int, seed: UInt64 = 42, truth: Truth? = nil,
        discoveryDistance: Double? = nil, profileTimes: [Int]? = nil
    ) {
        precondition(sessions >= 0 && arrivals >= 0, "negative sessions or arrivals")
        self.parameters = parameters
        self.sessions = sessions
        self.arrivals = arrivals
        self.seed = seed
        self.truth = truth
        self.discoveryDistance = discoveryDistance ?? 0.05 * (parameters.high - parameters.low)
        let times = profileTimes ?? Self.spacedTimes(arrivals: arrivals, atMost: Self.defaultProfilePoints)
        self.profileTimes = Array(Set(times.filter { (0...arrivals).contains($0) })).sorted()
    }

    /// How many trade numbers a plan keeps by default.
    public static let defaultProfilePoints = 256

    /// Every t in 0...arrivals when they number at most `atMost`; otherwise at most `atMost` of them,
    /// consecutive at first and then growing by a constant ratio (dense early, where spreads move
    /// fastest), from 0 to N.
    public static func spacedTimes(arrivals n: Int, atMost: Int) -> [Int] {
        guard n + 1 > atMost, atMost >= 2 else { return Array(0...n) }
        /// t → max(t + 1, ⌈t·ratio⌉) from 0 to n; nil once it would pass `atMost` points.
        func grid(_ ratio: Double) -> [Int]? {
            var times = [0]
            var t = 0
            while t < n {
                t = min(n, max(t + 1, Int(min(Double(t) * ratio, Double(n)).rounded(.up))))
                times.append(t)
                if times.count > atMost { return nil }
            }
            return times
        }
        // The smallest ratio whose grid fits: bisect between one that cannot (1) and one that can (n).
        var (tooSmall, fits) = (1.0, Double(n))
        for _ in 0..<60 {
            let middle = (tooSmall + fits) / 2
            if grid(middle) == nil { tooSmall = middle } else { fits = middle }
        }
        return grid(fits) ?? [0, n]
    }

    /// The total number of arrivals the plan simulates, M·N.
    public var totalArrivals: Int { sessions.multipliedReportingOverflow(by: arrivals).partialValue }

    /// V_H − V_L + 2c: no spread, trade price difference or pricing error is larger.
    var priceRange: Double { parameters.high - parameters.low + 2 * parameters.cost }
}
