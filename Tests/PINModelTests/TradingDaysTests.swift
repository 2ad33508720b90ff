import MarketCore
import Testing

@testable import PINModel

/// The compact days give back what was put in, dates included, and `removeLast` undoes `append`.
@Test func compactDaysKeepCountsAndDates() {
    var days = TradingDays()
    days.append(TradingDay(buys: 3, sells: 4, date: "2024-01-02"))
    days.append(TradingDay(buys: 1_000_000_000, sells: 0, date: ""))
    days.append(TradingDay(buys: 5, sells: 6))
    // A date after an undated day would not be first among the days: it is not kept.
    days.append(TradingDay(buys: 7, sells: 8, date: "late"))
    #expect(
        Array(days) == [
            TradingDay(buys: 3, sells: 4, date: "2024-01-02"), TradingDay(buys: 1_000_000_000, sells: 0, date: ""),
            TradingDay(buys: 5, sells: 6), TradingDay(buys: 7, sells: 8),
        ])
    #expect(days.datedCount == 2)
    #expect(days.totals == (1_000_000_015, 18))
    #expect(days.removeLast() == TradingDay(buys: 7, sells: 8))
    #expect(days.removeLast() == TradingDay(buys: 5, sells: 6))
    #expect(days.removeLast() == TradingDay(buys: 1_000_000_000, sells: 0, date: ""))
    #expect(days.datedCount == 1)
    days.append(TradingDay(buys: 9, sells: 9, date: "é"))
    #expect(
        days
            == TradingDays([
                TradingDay(buys: 3, sells: 4, date: "2024-01-02"), TradingDay(buys: 9, sells: 9, date: "é"),
            ]))
    _ = days.removeLast()
    _ = days.removeLast()
    #expect(days.removeLast() == nil)
    #expect(days == TradingDays())
}

/// Ersan–Alici's starts from the distinct imbalances are those of clustering every day, as the
/// estimator did before (written out here a day at a time), on days with many ties and on days
/// with fewer distinct imbalances than clusters.
@Test func clusterStartsOverDistinctImbalancesAreThoseOverEveryDay() {
    var rng = Xoshiro256(seed: 17)
    for trial in 0..<200 {
        let n = 1 + Int(rng.nextUnit() * 40)
        let spread = [1, 2, 3, 8, 40][trial % 5]
        let days = (0..<n).map { _ in
            TradingDay(buys: 5 + Int(rng.nextUnit() * Double(spread)), sells: 5 + Int(rng.nextUnit() * Double(spread)))
        }
        #expect(StartingPoint.clusters(days) == dayByDayClusterStarts(days), "trial \(trial)")
    }
}

/// The starts as the estimator made them before: `ImbalanceClusters` over every day's |B − S|.
private func dayByDayClusterStarts(_ days: [TradingDay], extra: Int = 4) -> [StartingPoint] {
    let imbalance = days.map { Double(abs($0.buys - $0.sells)) }
    let groups = ImbalanceClusters.cluster(imbalance, into: 2 + extra)
    guard groups.count >= 2 else { return [] }
    var points: [StartingPoint] = []
    for cut in 1..<groups.count {
        let quiet = groups[..<cut].flatMap { $0 }.map { days[$0] }
        let event = groups[cut...].flatMap { $0 }.map { days[$0] }
        let good = event.filter { $0.buys > $0.sells }
        let bad = event.filter { $0.buys <= $0.sells }
        func mean(_ xs: [TradingDay], _ count: (TradingDay) -> Int) -> Double? {
            xs.isEmpty ? nil : Double(xs.reduce(0) { $0 + count($1) }) / Double(xs.count)
        }
        guard let epsBuy = mean(quiet + bad, \.buys), let epsSell = mean(quiet + good, \.sells) else { continue }
        var weighted = 0.0
        if let b = mean(good, \.buys) { weighted += Double(good.count) * (b - epsBuy) }
        if let s = mean(bad, \.sells) { weighted += Double(bad.count) * (s - epsSell) }
        let mu = weighted / Double(event.count)
        guard mu > 0, epsBuy > 0, epsSell > 0 else { continue }
        let alpha = min(0.99, max(0.01, Double(event.count) / Double(days.count)))
        let delta = min(0.99, max(0.01, Double(bad.count) / Double(event.count)))
        points.append(
            StartingPoint(
                PINParameters(alpha: alpha, delta: delta, mu: mu, epsBuy: epsBuy, epsSell: epsSell), source: .cluster))
    }
    return points
}
