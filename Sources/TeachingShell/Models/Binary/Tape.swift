import MarketModel

/// One period on the tape, as `undo` and `history` name it.
struct TapeEntry: Equatable, Sendable {
    let order: Order
    let trader: Trader
    /// Index into `Session.epochs`: the parameters and truth in force for this order.
    let epoch: UInt32
}

/// A session's orders, compactly: one byte a period (the order and who sent it), the epoch in
/// force as runs, and the belief before every 256th period.
///
/// Any other belief is recomputed from the nearest checkpoint through `Market.observe`, the code
/// that made it in the first place, so it comes back bit for bit. 10^7 periods take about 11 MB.
struct Tape: Sendable {
    /// How many periods lie between two stored beliefs.
    static let checkpointSpacing = 256

    private var codes: [UInt8] = []
    /// The belief before period `k · checkpointSpacing` (0-based), for every k.
    private var checkpoints: [Belief] = []
    /// (first period, epoch) for each stretch of periods under one epoch, in order.
    private var epochRuns: [EpochRun] = []

    private struct EpochRun: Sendable {
        let start: Int
        let epoch: UInt32
    }

    var count: Int { codes.count }
    var isEmpty: Bool { codes.isEmpty }

    /// Records a period: the belief before it, what happened, and the epoch it happened under.
    mutating func append(before belief: Belief, order: Order, trader: Trader, epoch: UInt32) {
        if codes.count % Self.checkpointSpacing == 0 { checkpoints.append(belief) }
        if epochRuns.last?.epoch != epoch { epochRuns.append(EpochRun(start: codes.count, epoch: epoch)) }
        codes.append(order.rawValue | trader.rawValue << 2)
    }

    /// Forgets the last period and returns it.
    mutating func removeLast() -> TapeEntry {
        let last = self[codes.count - 1]
        codes.removeLast()
        if codes.count % Self.checkpointSpacing == 0 { checkpoints.removeLast() }
        if epochRuns.last?.start == codes.count { epochRuns.removeLast() }
        return last
    }

    mutating func removeAll() {
        codes.removeAll()
        checkpoints.removeAll()
        epochRuns.removeAll()
    }

    /// The period at `index` (0-based).
    subscript(index: Int) -> TapeEntry {
        let code = codes[index]
        return TapeEntry(
            order: Order(rawValue: code & 3) ?? .none, trader: Trader(rawValue: code >> 2) ?? .unknown,
            epoch: epoch(at: index))
    }

    /// The epoch in force at period `index`: the last run that starts at or before it.
    private func epoch(at index: Int) -> UInt32 {
        if let last = epochRuns.last, last.start <= index { return last.epoch }
        var low = 0
        var high = epochRuns.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if epochRuns[middle].start <= index { low = middle } else { high = middle - 1 }
        }
        return epochRuns[low].epoch
    }

    /// The stored belief nearest before period `index`, and the period it stands before.
    func checkpoint(atOrBefore index: Int) -> (index: Int, belief: Belief) {
        let k = index / Self.checkpointSpacing
        return (k * Self.checkpointSpacing, checkpoints[k])
    }
}
