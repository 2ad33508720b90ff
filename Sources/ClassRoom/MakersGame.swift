import MarketCore
import ShellKit

/// One `makers` round, played.
struct MakersRound: Sendable {
    let number: Int
    /// Each seat's quotes, and whether the robot quoted for her.
    let quotes: [Int: (quote: TwoSided, robot: Bool)]
    let best: TwoSided
    /// E[V | buy], E[V | sell] at the best quotes: where a quote breaks even.
    let breakEven: TwoSided
    let arrival: MakerArrival
    let order: Order
    /// The seats that filled the order, each with its share.
    let fills: [Int: Double]
    let price: Double?
    /// The Bayesian market maker's quotes and order in its own market, on the same arrival.
    let bayesQuote: TwoSided
    let bayesOrder: Order
    /// What the Bayesian market maker made on this round's arrival, at the value.
    let bayesProfit: Double
}

/// The `makers` game: the students quote, each round one of the model's arrivals goes to the best
/// quote (ties shared); the Bayesian market maker quotes the same arrivals in a market of its own.
struct MakersGame: Sendable {
    let setup: GameSetup
    /// The room's market: nature's value, E[V], Bayes' rule on the public order at the best quotes.
    var market: any MakerMarket
    /// The Bayesian market maker's own market: its zero-profit quotes, its own fills.
    var bayes: any MakerMarket
    var nature: Xoshiro256
    /// The round being quoted (from 1), its deadline, and the quotes so far.
    var round = 1
    var deadline: Double
    var seats: [Int]
    var quotes: [Int: (quote: TwoSided, robot: Bool)] = [:]
    var played: [MakersRound] = []
    var ledgers: [Int: MakerLedger] = [:]
    var bayesLedger = MakerLedger()
    var isOver = false

    init(_ setup: GameSetup, opening: any ModelMarket, roster: Roster, now: Double, into out: inout Frames) throws(ClassRefusal) {
        self.setup = setup
        var rng = Xoshiro256(seed: setup.seed)
        market = try ClassRoom.makerMarket(of: opening, using: &rng)
        bayes = market
        nature = rng
        deadline = now + setup.seconds
        seats = roster.active.map(\.number)
        for seat in seats { ledgers[seat] = MakerLedger() }
        out.all(.message("the makers game: \(League.rounds(setup.rounds)); quote a bid and an ask each round within \(Int(setup.seconds)) seconds"))
        for seat in seats { out.to(seat, .role(RoleCard(round: 1, kind: .maker, value: nil, need: nil, penalty: nil))) }
        out.all(.quoting(round: 1, deadline: deadline))
        out.teacher(MakersText.opening(self, opening: opening))
    }

    var unquoted: [Int] { seats.filter { quotes[$0] == nil } }

    /// At the deadline the robot quotes for each student who has not (one event each), then the
    /// round is played. A student whose page has gone waits for the deadline too: were the robot
    /// to quote for her at once, a room whose phones all slept would race through the game.
    func due(now: Double, roster: Roster) -> ClassEvent? {
        guard now >= deadline else { return nil }
        if let late = unquoted.first { return .timedOut(seat: late) }
        return .next
    }

    mutating func play(_ event: ClassEvent, now: Double, roster: inout Roster, into out: inout Frames) throws(ClassRefusal) {
        switch event {
        case .quote(let seat, let bid, let ask):
            _ = try roster.seat(seat)
            guard seats.contains(seat) else { throw .notInRound }
            if quotes[seat] != nil { throw .alreadyActed }
            let range = market.quoteRange
            guard bid.isFinite, ask.isFinite, range.contains(bid), range.contains(ask) else { throw .quoteOutOfRange(range) }
            let quote = TwoSided(bid: bid, ask: ask)
            if let reason = market.refusal(of: quote) {
                throw quote.crossing != nil ? .crossed(reason) : ClassRefusal(.quoteOutOfRange, reason)
            }
            quotes[seat] = (quote, false)
            roster.update(seat) { $0.turns += 1; $0.played += 1 }
            out.to(seat, .pnl(account(seat, action: "\(Format.value(bid))|\(Format.value(ask))", robot: false)))
            if unquoted.isEmpty { resolve(now: now, roster: roster, into: &out) }
        case .timedOut(let seat):
            guard seats.contains(seat), quotes[seat] == nil else { throw .notYourTurn(seat, called: nil) }
            robotQuote(seat, roster: &roster, into: &out)
            if unquoted.isEmpty { resolve(now: now, roster: roster, into: &out) }
        case .next:
            for seat in unquoted { robotQuote(seat, roster: &roster, into: &out) }
            resolve(now: now, roster: roster, into: &out)
        case .reveal, .stop:
            finish(roster: roster, into: &out)
        case .order, .pass:
            throw .wrongGame(.makers)
        default:
            throw .roundNotRunning
        }
    }

    /// The rational robot quotes the Bayesian market maker's zero-profit quotes at the room's belief.
    private mutating func robotQuote(_ seat: Int, roster: inout Roster, into out: inout Frames) {
        let quote = market.computerQuote(.compete)
        quotes[seat] = (quote, true)
        roster.update(seat) { $0.turns += 1 }
        out.to(seat, .pnl(account(seat, action: "\(Format.price(quote.bid))|\(Format.price(quote.ask))", robot: true)))
    }

    /// The round's arrival meets the best quotes; the Bayesian market maker meets it in its own market.
    private mutating func resolve(now: Double, roster: Roster, into out: inout Frames) {
        let arrival = market.arrival(using: &nature)
        let v = market.trueValue
        let all = quotes.values.map(\.quote)
        let best = TwoSided(bid: all.compactMap(\.bid).max(), ask: all.compactMap(\.ask).min())
        let order = market.order(of: arrival, at: best)
        let price = best.price(for: order)
        var fills: [Int: Double] = [:]
        if let price {
            let winners = quotes.filter { $0.value.quote.price(for: order).map { ShownPrecision.same($0, price) } ?? false }
            for seat in winners.keys { fills[seat] = 1 / Double(winners.count) }
        }
        for (seat, share) in fills {
            ledgers[seat, default: MakerLedger()].fill(order, at: price ?? 0, share: share, informed: arrival.informed, trueValue: v)
        }
        let breakEven = market.breakEven(at: best)
        market.observe(order, at: best)
        let bayesQuote = bayes.computerQuote(.compete)
        let bayesOrder = bayes.order(of: arrival, at: bayesQuote)
        let bayesProfit = bayesLedger.fill(
            bayesOrder, at: bayesQuote.price(for: bayesOrder) ?? 0, share: 1, informed: arrival.informed, trueValue: v)
        bayes.observe(bayesOrder, at: bayesQuote)
        let played = MakersRound(
            number: round, quotes: quotes, best: best, breakEven: breakEven, arrival: arrival, order: order, fills: fills,
            price: price, bayesQuote: bayesQuote, bayesOrder: bayesOrder, bayesProfit: bayesProfit)
        self.played.append(played)
        out.all(.tape(TapeEntry(round: round, sequence: 1, side: order == .buy ? .buy : order == .sell ? .sell : nil, price: price)))
        out.all(.quotes(PostedQuotes(round: round, bid: best.bid, ask: best.ask)))
        for seat in fills.keys.sorted() {
            out.to(seat, .pnl(account(seat, action: order == .buy ? "sold to a buyer" : "bought from a seller", robot: quotes[seat]?.robot ?? false)))
        }
        out.teacher(MakersText.round(played, roster: roster))
        quotes = [:]
        if round >= setup.rounds {
            finish(roster: roster, into: &out)
            return
        }
        round += 1
        deadline = now + setup.seconds
        seats = roster.active.map(\.number)
        for seat in seats where ledgers[seat] == nil {
            ledgers[seat] = MakerLedger()
            out.to(seat, .role(RoleCard(round: round, kind: .maker, value: nil, need: nil, penalty: nil)))
        }
        out.all(.quoting(round: round, deadline: deadline))
    }

    /// Her account: position and cash from her fills; her profit is known only at the reveal.
    func account(_ seat: Int, action: String, robot: Bool) -> Account {
        let ledger = ledgers[seat] ?? MakerLedger()
        return Account(
            round: round, action: action, robot: robot, position: ledger.position, cash: ledger.cash,
            score: isOver ? ledger.profit : nil)
    }

    /// The game's end: the value, each student's profit beside the Bayesian market maker's.
    private mutating func finish(roster: Roster, into out: inout Frames) {
        isOver = true
        let v = market.trueValue
        for seat in ledgers.keys.sorted() {
            let profit = ledgers[seat]?.profit ?? 0
            out.to(
                seat,
                .reveal(
                    Reveal(
                        round: played.count, value: v, profit: profit, penalty: nil, score: profit, informedTotal: nil,
                        uninformedTotal: nil, penaltiesTotal: nil, marketMakerProfit: bayesLedger.profit)))
        }
        out.all(.standings(standings(roster: roster)))
        out.all(.over)
        out.teacher(MakersText.summary(self, roster: roster))
    }

    func standings(roster: Roster) -> [Standing] {
        League.rank(ledgers.mapValues(\.profit), roster: roster)
    }

    /// A kicked student quotes no more.
    mutating func remove(_ seat: Int, now: Double, roster: inout Roster, into out: inout Frames) {
        seats.removeAll { $0 == seat }
        quotes[seat] = nil
        if !seats.isEmpty, unquoted.isEmpty { resolve(now: now, roster: roster, into: &out) }
    }

    func resume(_ seat: Int, into out: inout Frames) {
        if let last = played.last { out.to(seat, .quotes(PostedQuotes(round: last.number, bid: last.best.bid, ask: last.best.ask))) }
        if ledgers[seat] != nil {
            out.to(seat, .role(RoleCard(round: round, kind: .maker, value: nil, need: nil, penalty: nil)))
            let mine = quotes[seat]
            out.to(seat, .pnl(account(seat, action: mine.map { "\(Format.price($0.quote.bid))|\(Format.price($0.quote.ask))" } ?? "", robot: mine?.robot ?? false)))
        }
        if seats.contains(seat), quotes[seat] == nil { out.to(seat, .quoting(round: round, deadline: deadline)) }
    }

    mutating func shift(by seconds: Double) { deadline += seconds }
}
