import NormalValue

/// The parameters and nature's v in force for a stretch of a normal session's tape.
struct NormalEpoch: Equatable, Sendable {
    let parameters: NormalParameters
    let truth: NormalTruth
    /// Nature's v for these periods (the set number, or the draw).
    let trueValue: Double
}

/// One period on a normal tape, as `undo` and `history` name it.
struct NormalTapeEntry: Equatable, Sendable {
    let order: Order
    let trader: Trader
    /// Index into `NormalSession.epochs`.
    let epoch: UInt32
}

/// A normal session's orders, compactly: one byte a period, the epoch in force as runs, and the
/// posterior before some periods.
///
/// A normal posterior holds every quote met so far (it grows by up to two breaks a period), so a
/// checkpoint every 256 periods would cost O(n²) memory. Checkpoints are instead spaced by
/// max(256, k/16) at period k: about 16·ln(n/4096) + 16 of them, O(n) memory in all (≈ 16·n
/// breaks' worth), and any belief is a replay of at most max(256, n/16) periods away.
struct NormalTape: Sendable {
    /// The least number of periods between two stored posteriors.
    static let minimumSpacing = 256

    private var codes: [UInt8] = []
    /// (period the posterior stands before, the posterior), increasing.
    private var checkpoints: [(index: Int, posterior: NormalPosterior)] = []
    private var epochRuns: [(start: Int, epoch: UInt32)] = []

    var count: Int { codes.count }
    var isEmpty: Bool { codes.isEmpty }

    /// Whether the period about to be appended at `index` stores its posterior.
    private func storesCheckpoint(at index: Int) -> Bool {
        guard let last = checkpoints.last else { return true }
        return index - last.index >= max(Self.minimumSpacing, index / 16)
    }

    /// Records a period: the posterior before it, what happened, and the epoch it happened under.
    mutating func append(
        before posterior: @autoclosure () -> NormalPosterior, order: Order, trader: Trader,
        epoch: UInt32
    ) {
        if storesCheckpoint(at: codes.count) { checkpoints.append((codes.count, posterior())) }
        if epochRuns.last?.epoch != epoch { epochRuns.append((codes.count, epoch)) }
        codes.append(order.rawValue | trader.rawValue << 2)
    }

    /// Forgets the last period and returns it.
    mutating func removeLast() -> NormalTapeEntry {
        let last = self[codes.count - 1]
        codes.removeLast()
        if checkpoints.last?.index == codes.count { checkpoints.removeLast() }
        if epochRuns.last?.start == codes.count { epochRuns.removeLast() }
        return last
    }

    mutating func removeAll() {
        codes.removeAll()
        checkpoints.removeAll()
        epochRuns.removeAll()
    }

    /// How many posteriors are stored (for tests of the memory rule).
    var checkpointCount: Int { checkpoints.count }

    /// The period at `index` (0-based).
    subscript(index: Int) -> NormalTapeEntry {
        let code = codes[index]
        return NormalTapeEntry(
            order: Order(rawValue: code & 3) ?? .none, trader: Trader(rawValue: code >> 2) ?? .unknown,
            epoch: epoch(at: index))
    }

    /// The epoch in force at period `index`: the last run that starts at or before it.
    private func epoch(at index: Int) -> UInt32 {
        epochRuns[lastIndex(in: epochRuns.map(\.start), atOrBefore: index)].epoch
    }

    /// The stored posterior nearest before period `index`, and the period it stands before.
    func checkpoint(atOrBefore index: Int) -> (index: Int, posterior: NormalPosterior) {
        checkpoints[lastIndex(in: checkpoints.map(\.index), atOrBefore: index)]
    }

    /// The position of the last of the increasing `starts` that is ≤ `index` (0 when none is).
    private func lastIndex(in starts: [Int], atOrBefore index: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
