/// Memory the session loop reuses from session to session: tables as raw pointers, observation counts,
/// and one snapshot per profile time. Allocated once per run, so the loop never allocates.
final class KernelScratch {
    let updates: UnsafeMutablePointer<Double>
    let kinds: UnsafeMutablePointer<UInt8>
    let orders: UnsafeMutablePointer<UInt8>
    let logLikelihoods: UnsafeMutablePointer<Double>
    let counts: UnsafeMutablePointer<Int>
    let times: UnsafeMutablePointer<Int>
    let timeCount: Int
    let snapshots: UnsafeMutablePointer<SpreadProfile.Snapshot>
    /// 0/1 factors by observed order (buy, sell, none) and by informed (no, yes): the profit sign
    /// (+1, −1, 0), "traded" (1, 1, 0), "no trade" (0, 0, 1), then "informed" (0, 1).
    let factors: UnsafeMutablePointer<Double>
    /// The price each order trades at this period: ask, bid, and the last trade price for none.
    let priceSlots: UnsafeMutablePointer<Double>

    init(tables: OrderFlowTables, times: [Int]) {
        func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
            p.initialize(from: array, count: array.count)
            return p
        }
        updates = copy(tables.updates)
        kinds = copy(tables.kinds)
        orders = copy(tables.orders)
        logLikelihoods = copy(tables.logLikelihoods)
        counts = copy(Array(repeating: 0, count: OrderFlowTables.kindCount))
        self.times = copy(times)
        timeCount = times.count
        snapshots = copy(
            Array(repeating: SpreadProfile.Snapshot(spread: 0, distance: 0, closedSides: 0), count: times.count))
        factors = copy([1, -1, 0, 1, 1, 0, 0, 0, 1, 0, 1])
        priceSlots = copy([0, 0, 0])
    }

    deinit {
        for p in [updates, logLikelihoods, factors, priceSlots] as [UnsafeMutablePointer<Double>] { p.deallocate() }
        kinds.deallocate()
        orders.deallocate()
        counts.deallocate()
        times.deallocate()
        snapshots.deallocate()
    }
}
