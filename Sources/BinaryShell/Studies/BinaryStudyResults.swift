import MarketModel
import ShellKit

/// The market a study played.
public struct ParametersResult: Sendable, Encodable, Equatable {
    let low, high, prior, mu, alpha, epsBuy, epsSell, cost: Double
    /// nil when off.
    let tolerance: Double?

    init(_ p: Parameters) {
        low = p.low
        high = p.high
        prior = p.prior
        mu = p.mu
        alpha = p.alpha
        epsBuy = p.epsBuy
        epsSell = p.epsSell
        cost = p.cost
        tolerance = finite(p.tolerance)
    }

    enum CodingKeys: String, CodingKey {
        case low, high, prior, mu, alpha
        case epsBuy = "eps_buy"
        case epsSell = "eps_sell"
        case cost, tolerance
    }
}

/// `simulate`'s figures.
public struct SimulationResults: Sendable, Encodable, Equatable {
    struct SpreadPoint: Sendable, Encodable, Equatable {
        package let t: Int
        package let sessions: Int
        package let mean: Double?
        package let q10, median, q90: QuantileResult
        package let meanDistance: Double?
        package let shareClosed, shareOneSideClosed: Double?
        package enum CodingKeys: String, CodingKey {
            case t, sessions, mean, q10, median, q90
            case meanDistance = "mean_distance"
            case shareClosed = "share_closed"
            case shareOneSideClosed = "share_one_side_closed"
        }
    }
    struct Discovery: Sendable, Encodable, Equatable {
        package let distance: Double
        package let mean, median, shareNever: Double?
        package enum CodingKeys: String, CodingKey {
            case distance, mean, median
            case shareNever = "share_never"
        }
    }
    struct Profit: Sendable, Encodable, Equatable {
        package let fromInformed, fromUninformed, total: Double
        package let informedTrades, uninformedTrades: Int
        package let perInformedTrade, perUninformedTrade, perSession, perSessionSE: Double?
        package let cost: Double
        /// What the quotes expect given each order (Σ price − E[V | order]), a session.
        package let expectedPerSession: Double?
        package let netPerSession, netPerSessionSE: Double?
        /// "zero", "negative" or "positive" against 3 standard errors; absent without one.
        package let netVerdict: String?
        package enum CodingKeys: String, CodingKey {
            case fromInformed = "from_informed"
            case fromUninformed = "from_uninformed"
            case total
            case informedTrades = "informed_trades"
            case uninformedTrades = "uninformed_trades"
            case perInformedTrade = "per_informed_trade"
            case perUninformedTrade = "per_uninformed_trade"
            case perSession = "per_session"
            case perSessionSE = "per_session_se"
            case cost
            case expectedPerSession = "expected_per_session"
            case netPerSession = "net_per_session"
            case netPerSessionSE = "net_per_session_se"
            case netVerdict = "net_verdict"
        }
    }
    struct Roll: Sendable, Encodable, Equatable {
        package let pairs: Int
        package let autocovariance, autocovarianceSE, spread, meanQuotedSpread: Double?
        package enum CodingKeys: String, CodingKey {
            case pairs, autocovariance
            case autocovarianceSE = "autocovariance_se"
            case spread
            case meanQuotedSpread = "mean_quoted_spread"
        }
    }

    let kind = "simulate"
    let sessions, arrivals: Int
    let requestedSessions: Int
    let interrupted: Bool
    /// "high", "low", "none", or "drawn".
    let truth: String
    let seed: UInt64
    let parameters: ParametersResult
    let truths: [String: Int]
    let spreadByTrade: [SpreadPoint]
    let discovery: Discovery
    let profit: Profit
    let roll: Roll

    enum CodingKeys: String, CodingKey {
        case kind, sessions
        case arrivals = "arrivals_per_session"
        case requestedSessions = "requested_sessions"
        case interrupted
        case truth, seed, parameters, truths
        case spreadByTrade = "spread_by_trade"
        case discovery, profit, roll
    }

    init(_ s: SimulationSummary, requested: Int) {
        sessions = s.sessions
        arrivals = s.plan.arrivals
        requestedSessions = requested
        interrupted = s.wasStopped
        truth = s.plan.truth?.rawValue ?? "drawn"
        seed = s.plan.seed
        parameters = ParametersResult(s.plan.parameters)
        truths = ["high": s.truths.high, "low": s.truths.low, "none": s.truths.none]
        spreadByTrade = s.spread.points.map {
            SpreadPoint(
                t: $0.time, sessions: $0.sessions, mean: finite($0.meanSpread),
                q10: QuantileResult($0.spreadQuantileReading(0.1)),
                median: QuantileResult($0.spreadQuantileReading(0.5)),
                q90: QuantileResult($0.spreadQuantileReading(0.9)), meanDistance: finite($0.meanDistance),
                shareClosed: finite($0.shareClosed), shareOneSideClosed: finite($0.shareOneSideClosed))
        }
        let d = s.discovery
        discovery = Discovery(
            distance: d.distance, mean: finite(d.meanTime), median: finite(d.medianTime),
            shareNever: finite(d.shareNever))
        let m = s.profit
        let verdict: String? =
            switch SimulationVerdicts.sign(m.netPerSession, standardError: m.netPerSessionStandardError) {
            case .zero: "zero"
            case .negative: "negative"
            case .positive: "positive"
            case .unknown: nil
            }
        profit = Profit(
            fromInformed: m.fromInformed, fromUninformed: m.fromUninformed, total: m.total,
            informedTrades: m.informedTrades, uninformedTrades: m.uninformedTrades,
            perInformedTrade: finite(m.perInformedTrade), perUninformedTrade: finite(m.perUninformedTrade),
            perSession: finite(m.perSession), perSessionSE: finite(m.perSessionStandardError), cost: m.cost,
            expectedPerSession: m.sessions > 0 ? finite(m.expected / Double(m.sessions)) : nil,
            netPerSession: finite(m.netPerSession), netPerSessionSE: finite(m.netPerSessionStandardError),
            netVerdict: verdict)
        let r = s.roll
        roll = Roll(
            pairs: r.pairs, autocovariance: finite(r.autocovariance),
            autocovarianceSE: finite(r.autocovarianceStandardError),
            spread: finite(r.spread), meanQuotedSpread: finite(r.meanQuotedSpread))
    }
}

/// `compare`'s figures: each market's metrics on the seeded path and in expectation.
public struct ComparisonResults: Sendable, Encodable, Equatable {
    struct PathMetrics: Sendable, Encodable, Equatable {
        package let initialSpread, finalSpread, averageSpread, maximumSpread: Double?
        package let initialPHigh, finalPHigh, finalDistance: Double?
        /// The first t from which the mid stays within 1% of the value; absent for never.
        package let withinOnePercentFrom: Int?
        package let uninformedCost: Double?
        package enum CodingKeys: String, CodingKey {
            case initialSpread = "initial_spread"
            case finalSpread = "final_spread"
            case averageSpread = "average_spread"
            case maximumSpread = "maximum_spread"
            case initialPHigh = "initial_p_high"
            case finalPHigh = "final_p_high"
            case finalDistance = "final_distance"
            case withinOnePercentFrom = "within_one_percent_from"
            case uninformedCost = "uninformed_cost"
        }
    }
    struct Expected: Sendable, Encodable, Equatable {
        package let method = "exact binomial walk in buys − sells"
        package let averageSpread, finalSpread, finalPHigh, finalDistance, pWithinOnePercentAtEnd, uninformedCost: Double?
        /// By t = 0…N.
        package let spread, distance, pHigh, cumulativeCost: [Double]
        package enum CodingKeys: String, CodingKey {
            case method
            case averageSpread = "average_spread"
            case finalSpread = "final_spread"
            case finalPHigh = "final_p_high"
            case finalDistance = "final_distance"
            case pWithinOnePercentAtEnd = "p_within_one_percent_at_end"
            case uninformedCost = "uninformed_cost"
            case spread, distance
            case pHigh = "p_high"
            case cumulativeCost = "cumulative_cost"
        }
    }
    struct Market: Sendable, Encodable, Equatable {
        package let mu: Double
        package let path: PathMetrics
        /// Absent when the exact walk would be too long.
        package let expected: Expected?
    }

    let kind = "compare"
    let low, high, trueValue: Double
    let trades: Int
    let seed: UInt64
    let markets: [Market]

    enum CodingKeys: String, CodingKey {
        case kind, low, high
        case trueValue = "true_value"
        case trades, seed, markets
    }

    init(_ markets: [ComparedMarket], setup: ComparisonSetup, seed: UInt64) {
        low = setup.low
        high = setup.high
        trueValue = markets.first?.trueValue ?? setup.high
        trades = setup.trades
        self.seed = seed
        self.markets = markets.map { m in
            let n = setup.trades
            let path = PathMetrics(
                initialSpread: finite(m.openingSpread), finalSpread: finite(m.finalSpread),
                averageSpread: finite(m.averageSpread),
                maximumSpread: finite(m.maximumSpread), initialPHigh: finite(m.openingBelief),
                finalPHigh: finite(m.finalBelief),
                finalDistance: finite(m.distance), withinOnePercentFrom: m.settles(within: 0.01 * m.trueValue),
                uninformedCost: finite(m.uninformedCost))
            let expected = m.expected.map { e in
                Expected(
                    averageSpread: finite(e.averageSpread), finalSpread: finite(e.spread[n]),
                    finalPHigh: finite(e.belief[n]),
                    finalDistance: finite(e.distance[n]), pWithinOnePercentAtEnd: finite(e.withinBand[n]),
                    uninformedCost: finite(e.cost[n]),
                    spread: e.spread, distance: e.distance, pHigh: e.belief, cumulativeCost: e.cost)
            }
            return Market(mu: m.mu, path: path, expected: expected)
        }
    }
}
