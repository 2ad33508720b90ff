import MarketCore
import ShellKit

/// The class games' engine: the whole class's state, rebuilt by replaying its events.
///
/// The host (`glosten-host`) owns the network, the clock and the event log; this engine owns
/// the rules. Its API:
///
/// - `ClassRoom(code:market:)`: a class under a market (its `ModelMarket` with its parameters), or
///   `ClassRoom(code:model:seed:settings:)` from a `ModelKind` and `set` values. A game plays the
///   market its `GameSetup.market` names (the teacher's model and settings when she typed
///   `class start`), else the class's. The games play the models that offer `makerMarket`
///   (binary, normal); `start` under another is refused in the model's words.
/// - `apply(_ event:now:)` applies one `ClassEvent` at `now` (seconds on the host's clock) and
///   returns the `Outbound` frames, in order: to a `.seat(n)`, to `.everyone`, or `.console` lines
///   for the `.teacher`. It throws a `ClassRefusal` (a `Code` and one line, for an `error` frame)
///   and then leaves the room unchanged. The host logs the event and its `now` before it sends any
///   frame; replaying the log through a new `ClassRoom` gives the same state and the same frames.
/// - `due(now:)` is the next event the clock makes due (`call` the next student, `timedOut` at a
///   deadline or for a called student whose page has gone, `reveal` when a round is played out,
///   `next` after the break), or nil; the host applies it, logs it, and asks again. Nothing is
///   due while paused.
/// - `console(_:)` gives the teacher's lines on demand (`.roster`, `.league`, `.round`).
/// - `grades()` gives a `Grade` per student and role (participation, Borda rank within role);
///   `tradeRows()` and `makersRows()` a row per turn; `ExportRow.csv` makes CSV of any of them.
///   Field names are the shell's `--json` records' where they overlap.
/// - `ServerFrame` is `Codable` as type-tagged JSON (`{"type":"called","seat":3,"deadline":41.5}`);
///   `ClassEvent` is `Codable` for the log.
///
/// The games (`Documentation/Class.md`): `trade` — the computer is the model's Bayesian market
/// maker, each student gets a private role (informed, or uninformed with a need and a penalty)
/// and is called in a seeded order to buy, sell or pass at its quotes; `makers` — the students
/// quote, the model's arrivals go to the best quote, ties shared, beside the Bayesian market
/// maker on the same arrivals. A frame to a seat never carries another student's role, nor a
/// value before its reveal.
public struct ClassRoom: Sendable {
    /// The code students type to join.
    public let code: String
    /// The teacher's market as the games open it.
    let opening: any ModelMarket
    public internal(set) var roster = Roster()
    /// The game being played (or the last one, over), and the games before it.
    var game: GameState?
    var finished: [GameState] = []
    /// When the teacher paused, on the host's clock.
    public internal(set) var pausedAt: Double?

    /// A class under the teacher's market (as set: model and parameters; its tape is not used).
    package init(code: String, market: any ModelMarket) {
        self.code = code
        var market = market
        _ = try? market.execute(.reset, context: Self.context)
        opening = market
    }

    /// A class under `model` opened with `seed` and set as the teacher set it (`set NAME VALUE`
    /// for each setting, in order). A setting the model refuses is refused in the model's words.
    package init(code: String, model: ModelKind, seed: UInt64, settings: [(name: String, value: Double)])
        throws(ClassRefusal)
    {
        self.init(code: code, market: try Self.open(model, seed: seed, settings: settings))
    }

    /// What the model's commands see: Bayes' rule in full, 80 columns, no files.
    static let context = ModelContext(detail: .full, display: Display(width: 80, unicode: true, compact: false))

    public var isPaused: Bool { pausedAt != nil }
    /// The game running now (nil between games).
    public var gameRunning: ClassGame? {
        guard let game, !game.isOver else { return nil }
        return game.kind
    }

    /// Applies one event at `now`; on a refusal the room is unchanged.
    public mutating func apply(_ event: ClassEvent, now: Double) throws(ClassRefusal) -> [Outbound] {
        var next = self
        var out = Frames()
        try next.perform(event, now: now, into: &out)
        self = next
        return out.list
    }

    private mutating func perform(_ event: ClassEvent, now: Double, into out: inout Frames) throws(ClassRefusal) {
        switch event {
        case .join(let seat, let name, let tokenHash):
            try roster.checkJoin(seat: seat, name: name)
            roster.join(seat: seat, name: name, tokenHash: tokenHash)
            out.teacher("\(name) joined (seat \(seat)); \(roster.active.count) in the class")
            welcome(seat, into: &out)
        case .leave(let seat):
            _ = try roster.seat(seat)
            roster.update(seat) { $0.present = false }
            out.teacher("\(roster.seats[seat]?.name ?? "seat \(seat)") left; the robot plays for her until she is back")
        case .rejoin(let seat, let tokenHash):
            try roster.checkToken(seat, tokenHash)
            roster.update(seat) { $0.present = true }
            out.teacher("\(roster.seats[seat]?.name ?? "seat \(seat)") is back")
            welcome(seat, into: &out)
        case .start(let setup):
            if gameRunning != nil { throw .gameRunning }
            try start(setup, now: now, into: &out)
        case .message(let text):
            guard Roster.isMessage(text) else { throw .badMessage }
            out.all(.message(text))
            out.teacher("message sent: \(text)")
        case .kick(let seat):
            let student = try roster.seat(seat)
            try kick(seat, now: now, into: &out)
            out.teacher("\(student.name) (seat \(seat)) is removed from the class")
        case .pause:
            guard let game, !game.isOver else { throw .noGame }
            if isPaused { throw ClassRefusal(.paused, "the game is already paused: resume it with class resume") }
            pausedAt = now
            out.all(.paused(true))
            out.teacher("paused: the clock stops; resume, next, reveal and stop work")
        case .resume:
            guard var game, !game.isOver else { throw .noGame }
            guard let pausedAt else { throw .notPaused }
            game.shift(by: now - pausedAt)
            self.game = game
            self.pausedAt = nil
            out.all(.paused(false))
            out.teacher("resumed")
        case .call, .order, .pass, .quote, .timedOut, .next, .reveal, .stop:
            try play(event, now: now, into: &out)
        }
    }

    /// The events of a game in play.
    private mutating func play(_ event: ClassEvent, now: Double, into out: inout Frames) throws(ClassRefusal) {
        guard var game else { throw .noGame }
        if game.isOver { throw .gameOver }
        let paused = isPaused
        switch event {
        case .next, .reveal, .stop:
            if paused {
                pausedAt = nil
                out.all(.paused(false))
            }
        default:
            if paused { throw .paused }
        }
        switch game {
        case .trade(var trade):
            try trade.play(event, now: now, roster: &roster, into: &out)
            game = .trade(trade)
        case .makers(var makers):
            try makers.play(event, now: now, roster: &roster, into: &out)
            game = .makers(makers)
        }
        self.game = game
    }

    /// The next event the clock makes due at `now`, or nil.
    public func due(now: Double) -> ClassEvent? {
        guard let game, !game.isOver, !isPaused else { return nil }
        switch game {
        case .trade(let trade): return trade.due(now: now, roster: roster)
        case .makers(let makers): return makers.due(now: now, roster: roster)
        }
    }

    private mutating func start(_ setup: GameSetup, now: Double, into out: inout Frames) throws(ClassRefusal) {
        guard (1...GameSetup.maxRounds).contains(setup.rounds) else { throw .badRounds(setup.rounds) }
        guard GameSetup.secondsRange.contains(setup.seconds) else { throw .badSeconds(setup.seconds) }
        guard (0...600).contains(setup.breakSeconds) else { throw .badBreak }
        if let penalty = setup.penalty, !(penalty > 0 && penalty.isFinite) { throw .badPenalty }
        if roster.active.isEmpty { throw .nobodyHere }
        // The teacher's market as she set it when she typed `class start`, else the class's own.
        let market = try setup.market.map { m throws(ClassRefusal) in try Self.open(m) } ?? opening
        let new: GameState
        switch setup.game {
        case .trade:
            new = .trade(try TradeGame(setup, opening: market, roster: &roster, now: now, into: &out))
        case .makers:
            new = .makers(try MakersGame(setup, opening: market, roster: roster, now: now, into: &out))
        }
        if let game { finished.append(game) }
        game = new
        pausedAt = nil
    }

    private mutating func kick(_ seat: Int, now: Double, into out: inout Frames) throws(ClassRefusal) {
        roster.update(seat) { $0.kicked = true }
        out.to(seat, .error(code: .kicked, text: ClassRefusal.kicked(seat).text))
        guard var game, !game.isOver, !isPaused else { return }
        // A kicked student who is being called is passed over at once.
        switch game {
        case .trade(var trade):
            trade.passOver(seat, now: now, roster: &roster, into: &out)
            game = .trade(trade)
        case .makers(var makers):
            makers.remove(seat, now: now, roster: &roster, into: &out)
            game = .makers(makers)
        }
        self.game = game
    }

    /// A seat's welcome, with what she needs to pick up where she was.
    private func welcome(_ seat: Int, into out: inout Frames) {
        guard let student = roster.seats[seat] else { return }
        let running = game.flatMap { $0.isOver ? nil : $0 }
        out.to(
            seat,
            .welcome(
                Welcome(
                    seat: seat, name: student.name, code: code, game: running?.kind, round: running?.round ?? 0,
                    rounds: running?.rounds ?? 0)))
        switch running {
        case .trade(let trade): trade.resume(seat, into: &out)
        case .makers(let makers): makers.resume(seat, into: &out)
        case nil: break
        }
        if isPaused { out.to(seat, .paused(true)) }
    }
}

/// The game being played.
enum GameState: Sendable {
    case trade(TradeGame)
    case makers(MakersGame)

    var kind: ClassGame {
        switch self {
        case .trade: .trade
        case .makers: .makers
        }
    }
    var isOver: Bool {
        switch self {
        case .trade(let g): g.isOver
        case .makers(let g): g.isOver
        }
    }
    var round: Int {
        switch self {
        case .trade(let g): g.rounds.count
        case .makers(let g): g.round
        }
    }
    var rounds: Int {
        switch self {
        case .trade(let g): g.setup.rounds
        case .makers(let g): g.setup.rounds
        }
    }
    /// Moves every deadline on by the time spent paused.
    mutating func shift(by seconds: Double) {
        switch self {
        case .trade(var g):
            g.shift(by: seconds)
            self = .trade(g)
        case .makers(var g):
            g.shift(by: seconds)
            self = .makers(g)
        }
    }
}

/// The frames an event produces, in order.
struct Frames {
    private(set) var list: [Outbound] = []
    mutating func to(_ seat: Int, _ frame: ServerFrame) { list.append(Outbound(to: .seat(seat), frame: frame)) }
    mutating func all(_ frame: ServerFrame) { list.append(Outbound(to: .everyone, frame: frame)) }
    mutating func teacher(_ lines: [String]) {
        if !lines.isEmpty { list.append(Outbound(to: .teacher, frame: .console(lines))) }
    }
    mutating func teacher(_ line: String) { teacher([line]) }
}

extension Line {
    /// The line without what the market maker cannot see (the model's own truth and trader
    /// types, which are not the class's): nil when nothing else is left.
    var visible: String? {
        let kept = spans.filter { $0.tone != .hidden }.map(\.text).joined()
        if kept.count < plain.count, kept.allSatisfy(\.isWhitespace) { return nil }
        return kept
    }
}
