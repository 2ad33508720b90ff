import MarketCore

/// `maker compete|monopoly rounds N seed S`: how a game was asked for.
public struct MakerRequest: Equatable, Sendable {
    public var rule: MakerRule = .compete
    public var rounds = 20
    /// nil: the session's seed.
    public var seed: UInt64?

    public init() {}
}

/// One played round, for the round's lines, the summary's chart and `--json`.
struct MakerRound: Equatable, Sendable {
    package let round: Int
    package let yours: TwoSided
    package let computer: TwoSided
    /// E[V | buy], E[V | sell] at the quotes you faced the order with.
    package let breakEven: TwoSided
    package let arrival: MakerArrival
    /// The order in your market (in `compete`, the public one).
    package let order: Order
    /// Your share of the order: 1, ½ (a tie), or 0.
    let yourShare: Double
    /// The computer's order and share (its own market in `monopoly`).
    let computerOrder: Order
    let computerShare: Double
    let yourProfit: Double
    let computerProfit: Double
}

/// A maker game in play: nature's draws, the markets, both ledgers, and the rounds so far.
struct MakerGame: Sendable {
    package let request: MakerRequest
    package let seed: UInt64
    private var rng: Xoshiro256
    /// The market as you face it: in `compete` the public one you share with the computer.
    package private(set) var yourMarket: any MakerMarket
    /// The computer's own market in `monopoly` (nil in `compete`, where it shares yours).
    package private(set) var computerMarket: (any MakerMarket)?
    package private(set) var you = MakerLedger()
    package private(set) var computer = MakerLedger()
    package private(set) var rounds: [MakerRound] = []

    /// A game from its request, its seed, nature's generator after the market drew the value, and
    /// the market as it opens.
    package init(_ request: MakerRequest, seed: UInt64, rng: Xoshiro256, market: any MakerMarket) {
        self.request = request
        self.seed = seed
        self.rng = rng
        yourMarket = market
        computerMarket = request.rule == .monopoly ? market : nil
    }

    package var isOver: Bool { rounds.count >= request.rounds }
    package var trueValue: Double { yourMarket.trueValue }

    /// The computer's quotes for the coming round.
    package var computerQuote: TwoSided { (computerMarket ?? yourMarket).computerQuote(request.rule) }

    /// Plays one round with your quotes; nil and a reason when they cannot be played.
    package mutating func play(_ yours: TwoSided) -> Result<MakerRound, MakerRefusal> {
        if let reason = yourMarket.refusal(of: yours) { return .failure(MakerRefusal(line: reason)) }
        let theirs = computerQuote
        let arrival = yourMarket.arrival(using: &rng)
        let v = trueValue
        let round: MakerRound
        switch request.rule {
        case .compete:
            let best = TwoSided(bid: better(yours.bid, theirs.bid, by: >), ask: better(yours.ask, theirs.ask, by: <))
            let order = yourMarket.order(of: arrival, at: best)
            let (mine, its) = shares(of: order, yours: yours, theirs: theirs)
            let breakEven = yourMarket.breakEven(at: best)
            let price = best.price(for: order) ?? 0
            let yourProfit = you.fill(order, at: price, share: mine, informed: arrival.informed, trueValue: v)
            let itsProfit = computer.fill(order, at: price, share: its, informed: arrival.informed, trueValue: v)
            yourMarket.observe(order, at: best)
            round = MakerRound(
                round: rounds.count + 1, yours: yours, computer: theirs, breakEven: breakEven, arrival: arrival,
                order: order, yourShare: mine, computerOrder: order, computerShare: its,
                yourProfit: yourProfit, computerProfit: itsProfit)
        case .monopoly:
            let order = yourMarket.order(of: arrival, at: yours)
            let breakEven = yourMarket.breakEven(at: yours)
            let yourProfit = you.fill(
                order, at: yours.price(for: order) ?? 0, share: 1, informed: arrival.informed, trueValue: v)
            yourMarket.observe(order, at: yours)
            var other = computerMarket ?? yourMarket
            let itsOrder = other.order(of: arrival, at: theirs)
            let itsProfit = computer.fill(
                itsOrder, at: theirs.price(for: itsOrder) ?? 0, share: 1, informed: arrival.informed, trueValue: v)
            other.observe(itsOrder, at: theirs)
            computerMarket = other
            round = MakerRound(
                round: rounds.count + 1, yours: yours, computer: theirs, breakEven: breakEven, arrival: arrival,
                order: order, yourShare: order == .none ? 0 : 1, computerOrder: itsOrder,
                computerShare: itsOrder == .none ? 0 : 1, yourProfit: yourProfit, computerProfit: itsProfit)
        }
        rounds.append(round)
        return .success(round)
    }

    /// The better of two prices on a side (the higher bid, the lower ask); a side absent from one
    /// is the other's.
    private func better(_ a: Double?, _ b: Double?, by isBetter: (Double, Double) -> Bool) -> Double? {
        guard let a else { return b }
        guard let b else { return a }
        return isBetter(b, a) ? b : a
    }

    /// Who fills `order` in `compete`: the better price takes it all, a tie is shared.
    private func shares(of order: Order, yours: TwoSided, theirs: TwoSided) -> (Double, Double) {
        guard order != .none else { return (0, 0) }
        switch (yours.price(for: order), theirs.price(for: order)) {
        case (nil, nil): return (0, 0)
        case (_?, nil): return (1, 0)
        case (nil, _?): return (0, 1)
        case (let mine?, let its?):
            // Equal at the places shown: a typed 98.8 ties a computed 98.80003 (shown 98.8).
            if ShownPrecision.same(mine, its) { return (0.5, 0.5) }
            let mineIsBetter = order == .buy ? mine < its : mine > its
            return mineIsBetter ? (1, 0) : (0, 1)
        }
    }
}

/// Why a round could not be played, worded by the model.
struct MakerRefusal: Error, Equatable {
    package let line: String
}
