import MarketCore

/// One period on a tape, as `undo` and `history` name it.
package struct TapeEntry: Equatable, Sendable {
    package let order: Order
    package let trader: Trader
    /// Index into the session's epochs: the parameters and truth in force for this order.
    package let epoch: UInt32
}

/// When a tape stores the market maker's state before a period.
package enum CheckpointRule: Sendable {
    /// Every `n` periods: for a state of fixed size (the binary model's belief).
    case every(Int)
    /// At least `minimum` periods apart and at least a sixteenth of the tape so far: for a state
    /// that grows with the periods (the normal posterior holds every quote met), so that the stored
    /// states take O(n) memory in all (about 16·ln(n/4096) + 16 of them), and any state is a
    /// replay of at most max(minimum, n/16) periods away.
    case growing(minimum: Int)
}

/// A session's orders, compactly: one byte a period (the order and who sent it), the epoch in
/// force as runs, and the market maker's state before some periods (`CheckpointRule`).
///
/// Any other state is recomputed by the model from the nearest checkpoint through its own Bayes
/// step, the code that made it in the first place, so it comes back bit for bit. Every model's
/// session keeps its tape here.
package struct PeriodTape<State: Sendable>: Sendable {
    package let rule: CheckpointRule
    private var codes: [UInt8] = []
    /// (the period a state stands before, the state), increasing; the first stands before period 0.
    private var checkpoints: [(index: Int, state: State)] = []
    /// (first period, epoch) for each stretch of periods under one epoch, in order.
    private var epochRuns: [(start: Int, epoch: UInt32)] = []

    package init(_ rule: CheckpointRule) {
        self.rule = rule
    }

    package var count: Int { codes.count }
    package var isEmpty: Bool { codes.isEmpty }
    /// How many states are stored (for tests of the memory rule).
    var checkpointCount: Int { checkpoints.count }

    /// Whether the period about to be appended at `index` stores the state before it.
    package func storesCheckpoint(at index: Int) -> Bool {
        guard let last = checkpoints.last else { return true }
        switch rule {
        case .every(let n): return index % n == 0
        case .growing(let minimum): return index - last.index >= max(minimum, index / 16)
        }
    }

    /// Records a period: the state before it (asked for only when it is stored), what happened,
    /// and the epoch it happened under.
    package mutating func append(before state: @autoclosure () -> State, order: Order, trader: Trader, epoch: UInt32) {
        if storesCheckpoint(at: codes.count) { checkpoints.append((codes.count, state())) }
        if epochRuns.last?.epoch != epoch { epochRuns.append((codes.count, epoch)) }
        codes.append(order.rawValue | trader.rawValue << 2)
    }

    /// Forgets the last period and returns it.
    package mutating func removeLast() -> TapeEntry {
        let last = self[codes.count - 1]
        codes.removeLast()
        if checkpoints.last?.index == codes.count { checkpoints.removeLast() }
        if epochRuns.last?.start == codes.count { epochRuns.removeLast() }
        return last
    }

    package mutating func removeAll() {
        codes.removeAll()
        checkpoints.removeAll()
        epochRuns.removeAll()
    }

    /// The period at `index` (0-based).
    package subscript(index: Int) -> TapeEntry {
        let code = codes[index]
        return TapeEntry(
            order: Order(rawValue: code & 3) ?? .none, trader: Trader(rawValue: code >> 2) ?? .unknown,
            epoch: epoch(at: index))
    }

    /// The epoch in force at period `index`: the last run that starts at or before it.
    private func epoch(at index: Int) -> UInt32 {
        if let last = epochRuns.last, last.start <= index { return last.epoch }
        return epochRuns[Self.lastPosition(epochRuns.count, atOrBefore: index) { epochRuns[$0].start }].epoch
    }

    /// The stored state nearest before period `index`, and the period it stands before.
    package func checkpoint(atOrBefore index: Int) -> (index: Int, state: State) {
        if case .every(let n) = rule { return checkpoints[index / n] }
        return checkpoints[Self.lastPosition(checkpoints.count, atOrBefore: index) { checkpoints[$0].index }]
    }

    /// The position of the last of `count` increasing starts that is ≤ `index` (0 when none is).
    private static func lastPosition(_ count: Int, atOrBefore index: Int, start: (Int) -> Int) -> Int {
        var low = 0, high = count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if start(middle) <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

/// A tape that keeps, beside each period, the one number nature drew for it (NaN where it drew
/// none), so that a model whose state is small replays any period from the nearest stored state
/// through its own step, the code that made it: the dealer models' sessions keep theirs here.
package struct DrawnTape<State: Sendable>: Sendable {
    private var tape: PeriodTape<State>
    private var draws: [Double] = []

    package init(_ rule: CheckpointRule) {
        tape = PeriodTape(rule)
    }

    package var count: Int { tape.count }
    package var isEmpty: Bool { tape.isEmpty }

    /// The period at `index` (0-based) and nature's draw for it.
    package subscript(index: Int) -> (entry: TapeEntry, draw: Double) { (tape[index], draws[index]) }

    /// Room for `n` more periods at once (never less than doubling, so many short runs stay O(1) each).
    package mutating func reserve(_ n: Int) {
        if draws.capacity - draws.count < n { draws.reserveCapacity(max(draws.count + n, 2 * draws.capacity)) }
    }

    /// Records a period: the state before it, what happened, under which epoch, and nature's draw.
    package mutating func append(
        before state: @autoclosure () -> State, order: Order, trader: Trader, epoch: UInt32 = 0, draw: Double
    ) {
        tape.append(before: state(), order: order, trader: trader, epoch: epoch)
        draws.append(draw)
    }

    package mutating func removeLast() {
        _ = tape.removeLast()
        draws.removeLast()
    }

    package mutating func removeAll() {
        tape.removeAll()
        draws.removeAll()
    }

    /// The state before period `index` (0-based), replayed by `apply` from the nearest stored one;
    /// nil outside the tape.
    package func state<Step>(before index: Int, _ apply: (Int, inout State) -> Step) -> State? {
        guard index >= 0, index < count else { return nil }
        let checkpoint = tape.checkpoint(atOrBefore: index)
        var replayed = checkpoint.state
        for i in checkpoint.index..<index { _ = apply(i, &replayed) }
        return replayed
    }

    /// Period `index` (0-based), recomputed by `apply`.
    package func step<Step>(at index: Int, _ apply: (Int, inout State) -> Step) -> Step? {
        guard var before = state(before: index, apply) else { return nil }
        return apply(index, &before)
    }

    /// Replays periods `range` (0-based) in order, handing each step and its entry to `body`;
    /// `body` returns false to stop.
    package func replay<Step>(
        _ range: Range<Int>, _ apply: (Int, inout State) -> Step, _ body: (Step, TapeEntry) -> Bool
    ) {
        guard !range.isEmpty, range.upperBound <= count, var replayed = state(before: range.lowerBound, apply) else {
            return
        }
        for i in range where !body(apply(i, &replayed), tape[i]) { return }
    }
}

extension PeriodTape {
    /// Replays periods `range` (0-based) from the nearest stored state through the model's own
    /// step, handing each step and the market after it to `body` (false stops early).
    ///
    /// `open` makes the model's market under an epoch from a stored state at a period; when the
    /// epoch changes between two periods the market is opened again from its state then; `observe`
    /// is the model's step on one entry (nil ends the replay).
    package func replay<Epoch, Market, Step>(
        _ range: Range<Int>, epochs: [Epoch], open: (Epoch, State, Int) -> Market, state: (Market) -> State,
        observe: (inout Market, TapeEntry, Epoch) -> Step?, _ body: (Step, Market) -> Bool
    ) {
        guard !range.isEmpty, range.upperBound <= count else { return }
        let checkpoint = checkpoint(atOrBefore: range.lowerBound)
        var epoch = self[checkpoint.index].epoch
        var market = open(epochs[Int(epoch)], checkpoint.state, checkpoint.index)
        for index in checkpoint.index..<range.upperBound {
            let entry = self[index]
            if entry.epoch != epoch {
                epoch = entry.epoch
                market = open(epochs[Int(epoch)], state(market), index)
            }
            guard let step = observe(&market, entry, epochs[Int(epoch)]) else { return }
            if index >= range.lowerBound, !body(step, market) { return }
        }
    }
}
