import Foundation

/// A Monte Carlo study of the normal model: many sessions of nature's arrivals against the market
/// maker's exact quotes.
///
/// Session i plays from `generator(i)`: nature first fixes v (the truth, or a draw from the prior),
/// then each arrival is informed with probability μ (buys iff v > a, sells iff v < b) or uninformed
/// (buys with ε_b, sells with ε_s; with elastic demand ε_b·f and ε_s·g at the quotes), and the
/// market maker updates exactly (`NormalMarket.observe`).
/// Sessions are independent and `ParallelBlocks` records them in session order, so the summary is
/// the same bits on any number of threads (its running means need not merge exactly).
public struct NormalSimulation: Sendable {
    public var parameters: NormalParameters
    public var sessions: Int
    public var arrivals: Int
    public var truth: NormalTruth

    public init(parameters: NormalParameters, sessions: Int, arrivals: Int, truth: NormalTruth = .drawn) {
        self.parameters = parameters
        self.sessions = sessions
        self.arrivals = arrivals
        self.truth = truth
    }

    /// Plays every session on `threads` threads; refused when the parameters leave a side with no
    /// quote.
    ///
    /// - Parameters:
    ///   - generator: session i's random generator.
    ///   - shouldStop: asked before each session and every 256 arrivals inside one (a session of
    ///     10⁶ arrivals is long); a yes drops the session under way and hands out no more, and the
    ///     summary holds the sessions finished (on one thread, the first ones).
    ///   - progress: the number of sessions done so far, after each block of sessions, never two
    ///     at once, with counts that never decrease.
    public func run<G: RandomNumberGenerator & Sendable>(
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        generator: @escaping @Sendable (Int) -> G,
        shouldStop: @escaping @Sendable () -> Bool = { false },
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) throws(NormalParameterError) -> NormalSimulationSummary {
        let opening = NormalMarket(parameters: parameters)
        if case .none(let reason) = opening.quote.ask { throw .quoteUndefined(.ask, reason) }
        if case .none(let reason) = opening.quote.bid { throw .quoteUndefined(.bid, reason) }
        let workers = max(1, min(threads, sessions))
        // About 2^12 arrivals a block: a block's results are kept until it is recorded.
        let block = ParallelBlocks.blockSize(count: sessions, itemWork: arrivals + 1, work: 1 << 12, threads: workers)
        let study = self
        return ParallelBlocks.run(
            count: sessions, block: block, threads: workers, order: .blocks,
            into: NormalSimulationSummary(arrivals: arrivals), empty: { [SessionResult]() },
            play: { range, results in study.play(range, into: &results, from: opening, generator: generator, shouldStop: shouldStop) },
            fold: { summary, results in
                for result in results { summary.record(result) }
            },
            progress: progress
        ).total
    }

    /// Plays the sessions of `range` in order into `results`, up to the first one `shouldStop`
    /// interrupts; returns how many it played to the end and whether it was stopped.
    private func play<G: RandomNumberGenerator>(
        _ range: Range<Int>, into results: inout [SessionResult], from opening: NormalMarket,
        generator: (Int) -> G, shouldStop: () -> Bool
    ) -> (completed: Int, stopped: Bool) {
        results.reserveCapacity(range.count)
        for index in range {
            var rng = generator(index)
            guard !shouldStop(), let result = play(from: opening, using: &rng, shouldStop: shouldStop) else {
                return (results.count, true)
            }
            results.append(result)
        }
        return (results.count, false)
    }

    /// One session from the opening market; nil when `shouldStop` said yes before its end.
    func play(
        from opening: NormalMarket, using rng: inout some RandomNumberGenerator, shouldStop: () -> Bool = { false }
    ) -> SessionResult? {
        let v = truth.resolve(parameters, using: &rng)
        var market = opening
        var result = SessionResult(trueValue: v)
        result.snapshot(market.quote, value: v)
        for t in stride(from: 1, through: arrivals, by: 1) {
            if t & 255 == 0, shouldStop() { return nil }
            let arrival = NormalArrival.draw(parameters, value: v, quote: market.quote, using: &rng)
            if result.convergedAt == nil {
                do {
                    result.trade(try market.observe(arrival.wanted, from: arrival.trader, trueValue: v))
                } catch .converged {
                    // Every order nature sends has positive probability under the market maker's
                    // belief (each side keeps (1−μ)ε > 0, and a no-trade with ε_b + ε_s = 1 comes
                    // only from an informed trader with b ≤ v ≤ a), until the belief has shrunk to
                    // the spacing of Doubles around v (`NormalMarketError.converged`). From then the
                    // quotes stand (the limit of the exact model) and orders fill at them.
                    result.convergedAt = t
                } catch {
                    // Not expected at all (see above); such a session is counted and left out.
                    result.failed = true
                    return result
                }
            }
            if result.convergedAt != nil { result.trade(arrival, at: market.quote, value: v) }
            result.snapshot(market.quote, value: v)
        }
        return result
    }
}

/// What one session contributes: the spread and |mid − v| after each arrival, and the market
/// maker's realised profit split by who it traded with.
struct SessionResult: Sendable {
    let trueValue: Double
    var spreads: [Double] = []
    var distances: [Double] = []
    var fromInformed = 0.0, fromUninformed = 0.0
    var informedTrades = 0, uninformedTrades = 0
    /// The arrival at which the belief reached the precision of a Double, if it did.
    var convergedAt: Int?
    /// Whether an order was refused before convergence (not expected; left out of the summary).
    var failed = false

    init(trueValue: Double) { self.trueValue = trueValue }

    mutating func snapshot(_ quote: NormalQuote, value v: Double) {
        spreads.append(quote.spread ?? .nan)
        distances.append(quote.mid.map { abs($0 - v) } ?? .nan)
    }

    mutating func trade(_ step: NormalBayesStep) {
        guard let profit = step.realisedProfit else { return }
        book(profit, from: step.trader)
    }

    /// An arrival after convergence, filled at the standing quotes: a − v on a buy, v − b on a sell.
    mutating func trade(_ arrival: NormalArrival, at quote: NormalQuote, value v: Double) {
        switch arrival.wanted {
        case .buy: if let a = quote.ask.price { book(a - v, from: arrival.trader) }
        case .sell: if let b = quote.bid.price { book(v - b, from: arrival.trader) }
        case .none: break
        }
    }

    private mutating func book(_ profit: Double, from trader: Trader) {
        if trader == .informed {
            fromInformed += profit
            informedTrades += 1
        } else {
            fromUninformed += profit
            uninformedTrades += 1
        }
    }
}
