import DealerModels
import MarketCore
import ShellKit

/// A learner's inventory dealer: her inventory and cash, the parameters in force, nature's
/// customers and generator, and the tape of periods so far.
///
/// The tape keeps each period's outcome and who came (typed or nature's customer), nature's
/// customer beside it (his side and premium), the parameters in force as epochs, and the dealer
/// every 256 periods; any period is recomputed by replaying `InventoryDealer.period`, so `undo`,
/// `history` and `export` show it bit for bit.
struct InventorySession: Sendable {
    private(set) var dealer: InventoryDealer
    private(set) var seed: UInt64 = defaultSeed
    private var rng: Xoshiro256
    /// Each period and, as nature's draw beside it, its customer in 8 bytes: his premium w with the
    /// sign bit for his side (+w a would-be buyer, −w a seller, so −0.0 for a seller with w = 0);
    /// NaN for a typed trade.
    private var tape = DrawnTape<InventoryDealer>(.every(256))
    /// The parameters in force since the opening; a tape entry names the one it used.
    private var epochs: [InventoryParameters]

    init(parameters: InventoryParameters = InventoryParameters(), seed: UInt64 = defaultSeed) {
        dealer = InventoryDealer(parameters: parameters)
        self.seed = seed
        rng = Xoshiro256(seed: seed)
        epochs = [parameters]
    }

    var parameters: InventoryParameters { dealer.parameters }
    var periods: Int { tape.count }

    /// A typed customer trade at the dealer's quote.
    mutating func trade(_ sign: TradeSign) -> InventoryStep { record(.customer(sign)) }

    /// One of nature's customers (he may leave without trading).
    mutating func arrival() -> InventoryStep {
        let side: TradeSign = rng.nextUnit() < 0.5 ? .buy : .sell
        let premium = parameters.premium * rng.nextUnit()
        return record(.arrival(CustomerArrival(wanted: side, premium: premium)))
    }

    /// `run N`: N of nature's customers, stopping at a safe point when asked.
    mutating func run(_ n: Int, shouldStop: () -> Bool) -> RunResult<InventoryStep, Never> {
        tape.reserve(n)
        return RunResult.run(n, shouldStop: shouldStop) { () throws(Never) in
            let step = arrival()
            return (step, step.traded?.order ?? .none, Trader.uninformed)
        }
    }

    private mutating func record(_ event: InventoryEvent) -> InventoryStep {
        let customer: CustomerArrival? = if case .arrival(let a) = event { a } else { nil }
        let before = dealer
        let step = dealer.period(event)
        let trader: Trader = customer == nil ? .unknown : .uninformed
        tape.append(
            before: before, order: step.traded?.order ?? .none, trader: trader, epoch: UInt32(epochs.count - 1),
            draw: customer.map { $0.wanted == .buy ? $0.premium : -$0.premium } ?? .nan)
        return step
    }

    /// Takes back the last period and returns it (nil at t = 0).
    ///
    /// The parameters set since stay;
    /// the generator goes on.
    mutating func undo() -> InventoryStep? {
        guard let last = step(at: periods - 1), var before = dealer(before: periods - 1) else { return nil }
        tape.removeLast()
        before.reprice(parameters)
        dealer = before
        return last
    }

    mutating func reset() { open(parameters) }

    /// Changes one parameter; returns true when that restarted the market (a new v).
    mutating func set(_ name: InventoryParameterName, to value: Double) throws(DealerParameterError) -> Bool {
        let new = try parameters.setting(name, to: value)
        if InventoryParameters.row(name).restartsMarket {
            open(new)
        } else {
            dealer.reprice(new)
            if tape.isEmpty { epochs = [new] } else if epochs.last != new { epochs.append(new) }
        }
        return InventoryParameters.row(name).restartsMarket
    }

    mutating func setSeed(_ seed: UInt64) {
        self.seed = seed
        rng = Xoshiro256(seed: seed)
    }

    private mutating func open(_ parameters: InventoryParameters) {
        dealer = InventoryDealer(parameters: parameters)
        tape.removeAll()
        epochs = [parameters]
        rng = Xoshiro256(seed: seed)
    }

    /// The dealer before period `index` (0-based), replayed from the nearest stored one.
    func dealer(before index: Int) -> InventoryDealer? { tape.state(before: index, apply) }

    /// Period `index` (0-based), recomputed by the code that made it.
    func step(at index: Int) -> InventoryStep? { tape.step(at: index, apply) }

    /// Replays periods `range` (0-based) in order; `body` returns false to stop.
    func replay(_ range: Range<Int>, _ body: (InventoryStep) -> Bool) {
        tape.replay(range, apply) { step, _ in body(step) }
    }

    private func apply(_ index: Int, to dealer: inout InventoryDealer) -> InventoryStep {
        let (entry, code) = tape[index]
        let parameters = epochs[Int(entry.epoch)]
        if dealer.parameters != parameters { dealer.reprice(parameters) }
        let event: InventoryEvent =
            code.isNaN
            ? .customer(TradeSign(entry.order) ?? .buy)
            : .arrival(CustomerArrival(wanted: code.sign == .plus ? .buy : .sell, premium: code.magnitude))
        return dealer.period(event)
    }
}
