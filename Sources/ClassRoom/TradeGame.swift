import MarketCore
import ShellKit

/// The `trade` game: the computer's Bayesian market maker, the room as its traders, one round per
/// value of nature.
struct TradeGame: Sendable {
    let setup: GameSetup
    /// The teacher's market at its opening: each round starts from it.
    let opening: any ModelMarket
    /// The rounds so far, the last one being played (or revealed).
    var rounds: [TradeRound] = []
    var isOver = false

    var current: TradeRound? { rounds.last }

    init(
        _ setup: GameSetup, opening: any ModelMarket, roster: inout Roster, now: Double, into out: inout Frames
    ) throws(ClassRefusal) {
        self.setup = setup
        self.opening = opening
        var probe = Xoshiro256(seed: setup.seed)
        _ = try ClassRoom.makerMarket(of: opening, using: &probe)
        if setup.penalty == nil, openingSpread == nil {
            throw ClassRefusal(
                .badSetup, "the opening market has a side withdrawn, so it has no spread to take as the penalty: give a penalty")
        }
        out.all(.message("the trade game: \(League.rounds(setup.rounds)); when you are called, buy, sell or pass within \(Int(setup.seconds)) seconds"))
        out.teacher(TradeText.opening(self))
        openRound(now: now, roster: &roster, into: &out)
    }

    /// The opening spread (ask − bid), or nil when a side is withdrawn.
    var openingSpread: Double? {
        guard !opening.isClosed(.bid), !opening.isClosed(.ask), let bid = opening.value(of: .bid),
            let ask = opening.value(of: .ask)
        else { return nil }
        return ask - bid
    }

    /// Deals round `rounds.count + 1`: nature's value from the round's own stream (so a seed
    /// replays the same values whoever is in the room), the roles and the call order from another.
    mutating func openRound(now: Double, roster: inout Roster, into out: inout Frames) {
        let number = rounds.count + 1
        var nature = Xoshiro256(seed: setup.seed, session: 2 * number)
        // The probe in `init` showed the model has the game.
        guard let maker = try? opening.makerMarket(.compete, using: &nature) else { return }
        var dealing = Xoshiro256(seed: setup.seed, session: 2 * number + 1)
        let seats = roster.active
        let roles = RoleDeal.deal(seats, market: maker, using: &dealing)
        let order = RoleDeal.shuffled(seats.map(\.number), using: &dealing)
        let penalty = setup.penalty ?? openingSpread ?? 0
        let round = TradeRound(
            number: number, value: maker.trueValue, penalty: penalty, market: opening, roles: roles, callOrder: order)
        for (seat, role) in roles.sorted(by: { $0.key < $1.key }) {
            if role.informed { roster.update(seat) { $0.informedRounds += 1 } }
            out.to(seat, .role(card(role, round: round)))
        }
        out.all(.quotes(round.posted))
        out.teacher(TradeText.roundOpening(round, rounds: setup.rounds))
        rounds.append(round)
    }

    func card(_ role: TradeRole, round: TradeRound) -> RoleCard {
        role.informed
            ? RoleCard(round: round.number, kind: .informed, value: round.value, need: nil, penalty: nil)
            : RoleCard(
                round: round.number, kind: .uninformed, value: nil, need: role.need,
                penalty: role.need == nil ? nil : round.penalty)
    }

    func due(now: Double, roster: Roster) -> ClassEvent? {
        guard let round = current else { return nil }
        if round.isRevealed {
            guard setup.breakSeconds > 0, let at = round.revealedAt, now >= at + setup.breakSeconds else { return nil }
            return .next
        }
        if let next = round.nextToCall { return .call(seat: next) }
        if let (seat, deadline) = round.called {
            let away = roster.seats[seat].map { !$0.present || $0.kicked } ?? true
            return away || now >= deadline ? .timedOut(seat: seat) : nil
        }
        return round.isPlayed ? .reveal : nil
    }

    mutating func play(_ event: ClassEvent, now: Double, roster: inout Roster, into out: inout Frames) throws(ClassRefusal) {
        guard var round = rounds.popLast() else { throw .noGame }
        do {
            try step(event, round: &round, now: now, roster: &roster, into: &out)
        } catch {
            rounds.append(round)
            throw error
        }
        rounds.append(round)
        switch event {
        case .next where rounds.count < setup.rounds: openRound(now: now, roster: &roster, into: &out)
        case .next, .stop: finish(roster: roster, into: &out)
        default: break
        }
    }

    /// What `event` does to the round being played (`play` then opens the next round or ends the game).
    private func step(
        _ event: ClassEvent, round: inout TradeRound, now: Double, roster: inout Roster, into out: inout Frames
    ) throws(ClassRefusal) {
        switch event {
        case .call(let seat):
            guard !round.isRevealed else { throw .roundNotRunning }
            guard round.nextToCall == seat else { throw .notYourTurn(seat, called: round.called?.seat) }
            let deadline = now + setup.seconds
            round.called = (seat, deadline)
            round.cursor += 1
            roster.update(seat) { $0.turns += 1 }
            out.all(.called(seat: seat, deadline: deadline))
            out.teacher("calling \(roster.seats[seat]?.name ?? "seat \(seat)") (\(round.cursor) of \(round.callOrder.count))")
        case .order(let seat, let side):
            try check(seat, in: round, roster: roster)
            let q = round.quotes
            guard (side == .buy ? q.ask : q.bid) != nil else { throw .sideClosed(side) }
            trade(seat, side, robot: false, round: &round, roster: &roster, into: &out)
        case .pass(let seat):
            try check(seat, in: round, roster: roster)
            trade(seat, nil, robot: false, round: &round, roster: &roster, into: &out)
        case .timedOut(let seat):
            guard !round.isRevealed, round.called?.seat == seat else { throw .notYourTurn(seat, called: round.called?.seat) }
            trade(seat, round.robotChoice(for: seat), robot: true, round: &round, roster: &roster, into: &out)
        case .quote:
            throw .wrongGame(.trade)
        case .reveal:
            guard !round.isRevealed else { throw .roundNotRunning }
            reveal(&round, now: now, roster: roster, into: &out)
        case .next, .stop:
            if !round.isRevealed { reveal(&round, now: now, roster: roster, into: &out) }
        default:
            throw .noGame
        }
    }

    /// Refuses a student's order or pass that is not hers to make now.
    private func check(_ seat: Int, in round: TradeRound, roster: Roster) throws(ClassRefusal) {
        _ = try roster.seat(seat)
        guard !round.isRevealed else { throw .roundNotRunning }
        guard round.roles[seat] != nil else { throw .notInRound }
        if round.action(of: seat) != nil { throw .alreadyActed }
        guard round.called?.seat == seat else { throw .notYourTurn(seat, called: round.called?.seat) }
    }

    /// A called student's order (nil: a pass) meets the posted quotes; the market maker's Bayes
    /// step moves them, and the teacher's screen shows it as the model prints it.
    private func trade(
        _ seat: Int, _ side: Side?, robot: Bool, round: inout TradeRound, roster: inout Roster, into out: inout Frames
    ) {
        let q = round.quotes
        let price = side.flatMap { $0 == .buy ? q.ask : q.bid }
        let action = TradeAction(
            seat: seat, sequence: round.actions.count + 1, side: price == nil ? nil : side, price: price, robot: robot,
            bid: q.bid, ask: q.ask)
        round.actions.append(action)
        round.called = nil
        if !robot { roster.update(seat) { $0.played += 1 } }
        let order = action.side?.order ?? .none
        if let price { round.marketMaker.fill(order, at: price, share: 1, informed: round.roles[seat]?.informed ?? false, trueValue: round.value) }
        let step: [String]
        do {
            step = try round.market.execute(.order(order), context: ClassRoom.context).lines.compactMap(\.visible)
        } catch {
            step = ["  the quotes stay: the market maker cannot learn from this pass (\(error.message))"]
        }
        out.all(.tape(TapeEntry(round: round.number, sequence: action.sequence, side: action.side, price: price)))
        out.all(.quotes(round.posted))
        out.to(seat, .pnl(account(seat, after: action, in: round)))
        out.teacher([TradeText.orderLine(action, name: roster.seats[seat]?.name ?? "seat \(seat)")] + step)
    }

    /// Her account after her action in `round` (her score only once revealed).
    func account(_ seat: Int, after action: TradeAction, in round: TradeRound) -> Account {
        let sign: Double = action.side == .buy ? 1 : action.side == .sell ? -1 : 0
        let score = round.results?.first { $0.seat == seat }?.score
        return Account(
            round: round.number, action: action.side?.rawValue ?? "pass", robot: action.robot, position: sign,
            cash: sign == 0 ? 0 : -sign * (action.price ?? 0), score: score)
    }

    private func reveal(_ round: inout TradeRound, now: Double, roster: Roster, into out: inout Frames) {
        let results = round.computeResults()
        round.results = results
        round.revealedAt = now
        round.called = nil
        let totals = TradeTotals(results, marketMaker: round.marketMaker.profit)
        for result in results {
            out.to(
                result.seat,
                .reveal(
                    Reveal(
                        round: round.number, value: round.value, profit: result.profit, penalty: result.penalty,
                        score: result.score, informedTotal: totals.shown ? totals.informed : nil,
                        uninformedTotal: totals.shown ? totals.uninformed : nil,
                        penaltiesTotal: totals.shown ? totals.penalties : nil, marketMakerProfit: totals.marketMaker,
                        totalsWithheld: totals.withheld)))
        }
        out.all(.standings(standings(roster: roster, including: round)))
        out.teacher(TradeText.reveal(round, totals: totals, roster: roster))
    }

    private mutating func finish(roster: Roster, into out: inout Frames) {
        isOver = true
        out.all(.over)
        out.teacher(TradeText.summary(self, roster: roster))
    }

    /// The league: each student's score over the revealed rounds, best first (ties share a rank).
    func standings(roster: Roster, including last: TradeRound? = nil) -> [Standing] {
        var scores: [Int: Double] = [:]
        var all = rounds.filter(\.isRevealed)
        if let last, last.isRevealed, !all.contains(where: { $0.number == last.number }) { all.append(last) }
        for round in all {
            for result in round.results ?? [] { scores[result.seat, default: 0] += result.score }
        }
        return League.rank(scores, roster: roster)
    }

    /// A kicked student sits the rest of the round out: no longer called (no robot, no penalty).
    mutating func passOver(_ seat: Int, now: Double, roster: inout Roster, into out: inout Frames) {
        guard var round = rounds.popLast() else { return }
        if round.called?.seat == seat { round.called = nil }
        round.callOrder = Array(round.callOrder.prefix(round.cursor)) + round.callOrder.dropFirst(round.cursor).filter { $0 != seat }
        rounds.append(round)
    }

    /// What a returning student needs: her role card, the quotes, her turn if it is hers.
    func resume(_ seat: Int, into out: inout Frames) {
        guard let round = current else { return }
        if !round.isRevealed, let role = round.roles[seat] { out.to(seat, .role(card(role, round: round))) }
        out.to(seat, .quotes(round.posted))
        if let action = round.action(of: seat) { out.to(seat, .pnl(account(seat, after: action, in: round))) }
        if let (called, deadline) = round.called, called == seat { out.to(seat, .called(seat: seat, deadline: deadline)) }
    }

    mutating func shift(by seconds: Double) {
        guard var round = rounds.popLast() else { return }
        if let (seat, deadline) = round.called { round.called = (seat, deadline + seconds) }
        round.revealedAt = round.revealedAt.map { $0 + seconds }
        rounds.append(round)
    }
}

/// A revealed round's sums. Trading is zero-sum at the value: informed + uninformed + market
/// maker = 0; the penalties are paid to nobody.
///
/// The informed and the uninformed totals are shown (to the students and on the projected
/// console) only when each role has at least two students in the round: with one informed
/// student, her total is her own P&L, and with few students the totals, her own result and the
/// tape let a student work out another's role. Otherwise `withheld` says why they are not shown.
struct TradeTotals: Equatable {
    let informed: Double
    let uninformed: Double
    let penalties: Double
    let marketMaker: Double
    let informedCount: Int
    let uninformedCount: Int

    static let smallestGroup = 2

    init(_ results: [TradeResult], marketMaker: Double) {
        informed = results.filter(\.role.informed).map(\.profit).reduce(0, +)
        uninformed = results.filter { !$0.role.informed }.map(\.profit).reduce(0, +)
        penalties = results.map(\.penalty).reduce(0, +)
        informedCount = results.filter(\.role.informed).count
        uninformedCount = results.count - informedCount
        self.marketMaker = marketMaker
    }

    /// Whether each role has enough students for its total to hide who is in it.
    var shown: Bool { min(informedCount, uninformedCount) >= Self.smallestGroup }

    /// Why the totals are not shown, or nil when they are.
    var withheld: String? {
        shown
            ? nil
            : "the informed and uninformed totals are shown only when each role has at least \(Self.smallestGroup) students, so that nobody's role can be worked out from them; this round one role had fewer"
    }
}
