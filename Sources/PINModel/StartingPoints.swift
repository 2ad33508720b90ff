/// Where the maximum-likelihood search starts.
///
/// Yan and Zhang's (2012) grid and Ersan and Alici's (2016) clusters. The likelihood has local
/// maxima, so one start can stop at the wrong one.
public struct StartingPoint: Equatable, Sendable {
    public enum Source: String, Sendable, Codable {
        /// Yan–Zhang: α, δ, γ on {0.1, 0.3, 0.5, 0.7, 0.9}.
        case grid
        /// Ersan–Alici: days clustered by |B − S| and split into no-event and event groups.
        case cluster
        /// A point given by hand.
        case given
    }

    public let parameters: PINParameters
    public let source: Source

    public init(_ parameters: PINParameters, source: Source) {
        self.parameters = parameters
        self.source = source
    }

    /// Yan and Zhang's (2012) grid.
    ///
    /// For α, δ, γ ∈ {0.1, 0.3, 0.5, 0.7, 0.9}, ε_b = γ·B̄,
    /// μ = (B̄ − ε_b)/(α(1 − δ)) and ε_s = S̄ − αδμ, so that the start matches the mean buys and sells;
    /// starts with ε_s ≤ 0 are dropped. Up to 125 points.
    public static func grid(_ sample: PINSample) -> [StartingPoint] {
        let n = Double(sample.count)
        let (meanBuys, meanSells) = (sample.totalBuys / n, sample.totalSells / n)
        let levels = [0.1, 0.3, 0.5, 0.7, 0.9]
        var points: [StartingPoint] = []
        for alpha in levels {
            for delta in levels {
                for gamma in levels {
                    let epsBuy = gamma * meanBuys
                    let mu = (meanBuys - epsBuy) / (alpha * (1 - delta))
                    let epsSell = meanSells - alpha * delta * mu
                    guard epsSell > 0, epsBuy > 0, mu > 0 else { continue }
                    let p = PINParameters(alpha: alpha, delta: delta, mu: mu, epsBuy: epsBuy, epsSell: epsSell)
                    points.append(StartingPoint(p, source: .grid))
                }
            }
        }
        return points
    }

    /// Ersan and Alici's (2016) clusters.
    ///
    /// The days' |B − S| clustered into 2 + `extra` groups (complete-linkage
    /// HAC), and each of the 1 + `extra` cuts between neighbouring groups splits the days into
    /// no-event (smaller imbalances) and event days; event days with B > S are good, the rest bad.
    /// Then α = event days / days, δ = bad / event days, ε_b = mean B on no-event and bad days,
    /// ε_s = mean S on no-event and good days, and μ the day-weighted mean of B̄_good − ε_b and
    /// S̄_bad − ε_s. α and δ are kept within [0.01, 0.99] so that the search can move them.
    ///
    /// Days of equal imbalance are clustered as one value with their sums (`ImbalanceGroups`), so
    /// memory follows the distinct imbalances, not the days. nil when `shouldStop` said stop.
    public static func clusters(
        _ days: TradingDays, extra: Int = 4, shouldStop: () -> Bool = { false }
    ) -> [StartingPoint]? {
        guard let groups = ImbalanceGroups.clusters(days, into: 2 + extra, shouldStop: shouldStop) else { return nil }
        guard groups.count >= 2 else { return [] }
        var points: [StartingPoint] = []
        for cut in 1..<groups.count {
            let quiet = groups[..<cut].reduce(GroupCounts.zero, +)
            let event = groups[cut...].reduce(GroupCounts.zero, +)
            func mean(_ total: Int, _ count: Int) -> Double? { count == 0 ? nil : Double(total) / Double(count) }
            guard let epsBuy = mean(quiet.buys + event.badBuys, quiet.days + event.badDays),
                let epsSell = mean(quiet.sells + event.goodSells, quiet.days + event.goodDays)
            else { continue }
            var weighted = 0.0
            if let b = mean(event.goodBuys, event.goodDays) { weighted += Double(event.goodDays) * (b - epsBuy) }
            if let s = mean(event.badSells, event.badDays) { weighted += Double(event.badDays) * (s - epsSell) }
            let mu = weighted / Double(event.days)
            guard mu > 0, epsBuy > 0, epsSell > 0 else { continue }
            let alpha = min(0.99, max(0.01, Double(event.days) / Double(days.count)))
            let delta = min(0.99, max(0.01, Double(event.badDays) / Double(event.days)))
            let p = PINParameters(alpha: alpha, delta: delta, mu: mu, epsBuy: epsBuy, epsSell: epsSell)
            points.append(StartingPoint(p, source: .cluster))
        }
        return points
    }

    /// The same from days given one by one.
    public static func clusters(_ days: [TradingDay], extra: Int = 4) -> [StartingPoint] {
        clusters(TradingDays(days), extra: extra) ?? []
    }
}
