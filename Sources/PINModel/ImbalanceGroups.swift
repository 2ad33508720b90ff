/// The days' counts summed over a set of days, split by the sign of B − S as Ersan and Alici
/// split event days: good (B > S) and bad (B ≤ S).
struct GroupCounts: Equatable {
    var goodDays = 0, goodBuys = 0, goodSells = 0
    var badDays = 0, badBuys = 0, badSells = 0

    static let zero = GroupCounts()

    var days: Int { goodDays + badDays }
    var buys: Int { goodBuys + badBuys }
    var sells: Int { goodSells + badSells }

    mutating func add(buys b: Int, sells s: Int) {
        if b > s {
            goodDays += 1
            goodBuys += b
            goodSells += s
        } else {
            badDays += 1
            badBuys += b
            badSells += s
        }
    }

    static func + (x: GroupCounts, y: GroupCounts) -> GroupCounts {
        GroupCounts(
            goodDays: x.goodDays + y.goodDays, goodBuys: x.goodBuys + y.goodBuys, goodSells: x.goodSells + y.goodSells,
            badDays: x.badDays + y.badDays, badBuys: x.badBuys + y.badBuys, badSells: x.badSells + y.badSells)
    }
}

/// Ersan and Alici's clusters of the days' |B − S| (`ImbalanceClusters`), computed over the distinct
/// imbalances with each one's summed counts, so memory follows the distinct values, not the days.
///
/// Under complete linkage, days of equal imbalance merge at span 0 before any other merge, and the
/// merges at span 0 go leftmost first: the smallest imbalance's days collapse into one cluster,
/// then the next one's, and so on. So with at least `count` distinct imbalances the clusters of the
/// days are those of the distinct values, each with all its days. With fewer, the merges stop
/// part-way: the first imbalances' days each form one cluster, the next one's first days (in the
/// order they were held) one more, and every day after it is a cluster of its own.
enum ImbalanceGroups {
    /// How many days pass between two questions to `shouldStop`.
    static let stride = 1 << 16

    /// The clusters' sums, in increasing order of imbalance; nil when `shouldStop` said stop.
    static func clusters(_ days: TradingDays, into count: Int, shouldStop: () -> Bool) -> [GroupCounts]? {
        var byImbalance: [UInt32: GroupCounts] = [:]
        for i in days.indices {
            if i % stride == stride - 1, shouldStop() { return nil }
            let (b, s) = (days.buys[i], days.sells[i])
            byImbalance[b > s ? b - s : s - b, default: .zero].add(buys: Int(b), sells: Int(s))
        }
        let values = byImbalance.keys.sorted()
        guard !values.isEmpty, count > 0 else { return [] }
        if values.count >= count {
            guard
                let clusters = ImbalanceClusters.cluster(
                    values.map { Double($0) }, into: count, shouldStop: shouldStop)
            else { return nil }
            return clusters.map { members in members.reduce(.zero) { $0 + (byImbalance[values[$1]] ?? .zero) } }
        }
        return partlyMerged(days, values: values, sums: byImbalance, into: count)
    }

    /// Fewer distinct imbalances than clusters: n − `count` merges at span 0, leftmost first.
    private static func partlyMerged(
        _ days: TradingDays, values: [UInt32], sums: [UInt32: GroupCounts], into count: Int
    ) -> [GroupCounts] {
        var merges = max(0, days.count - count)
        var clusters: [GroupCounts] = []
        // The value whose days merge only in part, and how many of its first days form one cluster.
        var partial: (value: UInt32, first: Int)?
        var singles: [UInt32] = []
        for value in values {
            let group = sums[value] ?? .zero
            if partial == nil, merges >= group.days - 1 {
                merges -= group.days - 1
                clusters.append(group)
            } else if partial == nil {
                partial = (value, merges + 1)
                merges = 0
            } else {
                singles.append(value)
            }
        }
        guard partial != nil || !singles.isEmpty else { return clusters }
        // At most `count` clusters remain: the partial value's first days, then one a day.
        var head = GroupCounts.zero
        var seen = 0
        var after: [UInt32: [GroupCounts]] = [:]
        for i in days.indices {
            let (b, s) = (days.buys[i], days.sells[i])
            let value = b > s ? b - s : s - b
            if let p = partial, value == p.value, seen < p.first {
                head.add(buys: Int(b), sells: Int(s))
                seen += 1
            } else if value == partial?.value || singles.contains(value) {
                var one = GroupCounts.zero
                one.add(buys: Int(b), sells: Int(s))
                after[value, default: []].append(one)
            }
        }
        if let p = partial { clusters += [head] + (after[p.value] ?? []) }
        for value in singles { clusters += after[value] ?? [] }
        return clusters
    }
}
