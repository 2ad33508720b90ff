/// Plays Monte Carlo sessions of the market: nature draws, the market maker quotes and learns.
///
/// Session i is a pure function of (plan, i): it plays from its own generator, seeded from the master
/// seed and i, and draws nature's truth first. So any split of the sessions among threads, in any
/// order, gives the same sessions; and since a `SimulationSummary` merges exactly, the same result.
///
/// Per session it streams: nothing grows with N. The belief follows `Market.observe` step for step
/// (see `OrderFlowTables` for how it is kept cheaply), including withdrawn sides; when both sides
/// close, beliefs freeze and the rest of the session is filled in at once.
public struct SessionSimulator: Sendable {
    public let plan: SimulationPlan
    let tables: OrderFlowTables

    public init(plan: SimulationPlan) {
        self.plan = plan
        tables = OrderFlowTables(parameters: plan.parameters)
    }

    /// The generator of session `session`: `Xoshiro256(seed:session:)`, as every model's `simulate`.
    public static func generator(seed: UInt64, session: Int) -> Xoshiro256 {
        Xoshiro256(seed: seed, session: session)
    }

    /// Nature's state for a session: the plan's, or drawn from the prior with the session's first word
    /// (which is drawn either way, so fixing the truth leaves the arrivals' draws where they were).
    func truth(using rng: inout Xoshiro256) -> Truth {
        let u = rng.nextUnit()
        if let fixed = plan.truth { return fixed }
        let alpha = plan.parameters.alpha
        let theta = plan.parameters.prior
        if u < 1 - alpha { return .none }
        return u < 1 - alpha + alpha * (1 - theta) ? .low : .high
    }

    /// Plays the sessions in `range` into `summary`; returns how many it completed.
    ///
    /// `shouldStop` is asked every 4096 arrivals (and before the first); when it answers true the
    /// session under way is dropped, `summary.wasStopped` is set and the completed ones are kept.
    /// `sessionDone` is called after each completed session.
    @discardableResult
    public func run(
        sessions range: Range<Int>, into summary: inout SimulationSummary,
        shouldStop: () -> Bool = { false }, sessionDone: () -> Void = {}
    ) -> Int {
        precondition(summary.plan == plan, "summary of another plan")
        if usesReferenceEngine { return runReference(range, &summary, shouldStop, sessionDone) }
        if tables.checksParticipation { return run(InformedMayAbstain.self, range, &summary, shouldStop, sessionDone) }
        return tables.checksSides
            ? run(SidesMayClose.self, range, &summary, shouldStop, sessionDone)
            : run(SidesStayOpen.self, range, &summary, shouldStop, sessionDone)
    }

    private func run<Rule: SideRule>(
        _ rule: Rule.Type, _ range: Range<Int>, _ summary: inout SimulationSummary,
        _ shouldStop: () -> Bool, _ sessionDone: () -> Void
    ) -> Int {
        let scratch = KernelScratch(tables: tables, times: plan.profileTimes)
        let snapshots = UnsafeBufferPointer(start: scratch.snapshots, count: scratch.timeCount)
        var budget = 0
        var watch = NoWatcher()
        return playSessions(range, &summary, sessionDone) { truth, rng in
            play(rule, truth: truth, rng: &rng, scratch: scratch, budget: &budget, shouldStop: shouldStop, watch: &watch)
        } record: { tally, summary in
            summary.record(tally, snapshots: snapshots)
        }
    }

    /// Plays the sessions in `range` in order, each from its own generator and truth: `play` plays
    /// one (nil when asked to stop, which marks the summary stopped) and `record` adds its tally.
    /// Returns how many were completed. Both engines' loops are this one.
    @inline(__always)
    func playSessions(
        _ range: Range<Int>, _ summary: inout SimulationSummary, _ sessionDone: () -> Void,
        play: (Truth, inout Xoshiro256) -> SessionTally?, record: (SessionTally, inout SimulationSummary) -> Void
    ) -> Int {
        var completed = 0
        for index in range {
            var rng = Self.generator(seed: plan.seed, session: index)
            let truth = truth(using: &rng)
            guard let tally = play(truth, &rng) else {
                summary.wasStopped = true
                return completed
            }
            record(tally, &summary)
            completed += 1
            sessionDone()
        }
        return completed
    }

    /// Plays session `index` alone and keeps every arrival: for tests and teaching, not for speed.
    /// The loop is the same one `run` uses, watched (the fast kernel's; elastic plans have none).
    public func trace(session index: Int) -> SessionTrace {
        precondition(!usesReferenceEngine, "an elastic plan is played by the reference engine, which keeps no trace")
        var rng = Self.generator(seed: plan.seed, session: index)
        let truth = truth(using: &rng)
        var trace = SessionTrace(session: index, truth: truth, summary: SimulationSummary(plan: plan))
        let scratch = KernelScratch(tables: tables, times: plan.profileTimes)
        var budget = Int.max / 4  // never asks shouldStop
        func played<Rule: SideRule>(_ rule: Rule.Type) -> SessionTally? {
            play(rule, truth: truth, rng: &rng, scratch: scratch, budget: &budget, shouldStop: { false }, watch: &trace)
        }
        let tally =
            tables.checksParticipation
            ? played(InformedMayAbstain.self)
            : tables.checksSides ? played(SidesMayClose.self) : played(SidesStayOpen.self)
        if let tally {
            trace.summary.record(
                tally, snapshots: UnsafeBufferPointer(start: scratch.snapshots, count: scratch.timeCount))
        }
        return trace
    }
}
