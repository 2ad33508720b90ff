import MarketCore
import ShellKit

/// The two class games: the room trades against the computer's Bayesian market maker, or the
/// room makes the market.
public enum ClassGame: String, Codable, Sendable, CaseIterable {
    case trade, makers
}

/// How a game was started: `class start trade rounds 10 seed 7`.
public struct GameSetup: Codable, Sendable, Equatable {
    public var game: ClassGame
    /// Rounds to play, 1 to `GameSetup.maxRounds`.
    public var rounds: Int
    /// Nature's seed: the same seed replays the same values (and, in `makers`, the same arrivals).
    public var seed: UInt64
    /// Seconds a called student has to trade (`trade`), or the room has to quote (`makers`).
    public var seconds: Double
    /// Seconds between a `trade` round's reveal and the next round; 0 waits for the teacher's `next`.
    public var breakSeconds: Double
    /// The penalty an uninformed student pays for not meeting her need; nil: the opening spread.
    public var penalty: Double?
    /// The model and settings the game plays; nil: the class's own market.
    public var market: ClassMarket?

    /// The log's keys (inline in a `start` event): snake_case, a file format.
    enum CodingKeys: String, CodingKey {
        case game, rounds, seed, seconds, penalty, market
        case breakSeconds = "break_seconds"
    }

    public static let maxRounds = 200
    public static let secondsRange: ClosedRange<Double> = 2...120

    public init(
        game: ClassGame, rounds: Int = 10, seed: UInt64 = 1, seconds: Double = 10, breakSeconds: Double = 8,
        penalty: Double? = nil, market: ClassMarket? = nil
    ) {
        (self.game, self.rounds, self.seed, self.seconds) = (game, rounds, seed, seconds)
        (self.breakSeconds, self.penalty, self.market) = (breakSeconds, penalty, market)
    }
}

/// A side a student can trade at the posted quotes.
public enum Side: String, Codable, Sendable, CaseIterable {
    case buy, sell

    /// The model's order for this side.
    public var order: Order { self == .buy ? .buy : .sell }
}

/// What happened in the room: what the host persists (with the time it was applied) and replays.
/// Students' events (`join`, `order`, `pass`, `quote`) come from the network after the host has
/// checked the session token; the teacher's (`start`, `pause`, …, `kick`, `message`) from the
/// console; the clock's (`call`, `timedOut`, and `reveal`/`next` when due) from `ClassRoom.due`.
/// Its JSON (`ClassEventCoding.swift`) is the log's file format.
public enum ClassEvent: Sendable, Equatable {
    /// A student takes a seat (the host picks the number, the engine refuses a taken one).
    case join(seat: Int, name: String, tokenHash: String)
    /// Her connection closed: the robot plays her turns until she comes back.
    case leave(seat: Int)
    /// She comes back with her token (its hash must match the seat's).
    case rejoin(seat: Int, tokenHash: String)
    case start(GameSetup)
    /// The engine calls the next student in a `trade` round (due at once, from `due`).
    case call(seat: Int)
    case order(seat: Int, side: Side)
    case pass(seat: Int)
    /// A student's quotes for this `makers` round.
    case quote(seat: Int, bid: Double, ask: Double)
    /// A student's time ran out: the robot plays for her.
    case timedOut(seat: Int)
    case pause, resume
    /// Moves on: ends the running round (robots quote for the silent in `makers`; students not yet
    /// called sit out in `trade`), or starts the next round after a reveal, or ends the game after the last.
    case next
    /// Ends the running round now and shows the value (`makers`: ends the game).
    case reveal
    /// Ends the game now, revealing what is running.
    case stop
    case kick(seat: Int)
    /// A line from the teacher to the whole room.
    case message(String)
}
