import MarketCore
import ModelRegistry
import ShellKit

@testable import ClassRoom

/// What the class tests share: a room under a model as the teacher set it, and a driver that
/// applies events at a fake clock, runs what falls due, and keeps every frame and the log.
enum ClassHarness {
    static let context = ModelContext(detail: .full, display: Display())

    /// The binary model at V = 100/104, θ = ½, μ = 0.3, γ = ½ (DESIGN's hand check: bid 101.4, ask 102.6).
    static func binary(_ settings: [(String, Double)] = []) -> any ModelMarket {
        market(.binary, [("low", 100), ("high", 104), ("prior", 0.5), ("mu", 0.3), ("gamma", 0.5)] + settings)
    }

    static func normal(_ settings: [(String, Double)] = []) -> any ModelMarket {
        market(.normal, settings)
    }

    static func market(_ kind: ModelKind, _ settings: [(String, Double)]) -> any ModelMarket {
        var market = kind.descriptor.open(1)
        for (name, value) in settings {
            do { _ = try market.execute(.setParameter(name, value), context: context) } catch {
                fatalError("set \(name) \(value): \(error.message)")
            }
        }
        return market
    }
}

/// A room driven by a fake clock: every event applied is logged with its time, every frame kept.
struct Driver {
    var room: ClassRoom
    var now = 0.0
    var log: [(ClassEvent, Double)] = []
    var frames: [Outbound] = []

    init(_ market: any ModelMarket, code: String = "QX7") {
        room = ClassRoom(code: code, market: market)
    }

    /// Applies `event` now, then everything due now.
    @discardableResult
    mutating func apply(_ event: ClassEvent) throws(ClassRefusal) -> [Outbound] {
        var out = try room.apply(event, now: now)
        log.append((event, now))
        out += settle()
        frames += out
        return out
    }

    /// Applies what the clock makes due at `now`, until nothing is.
    mutating func settle() -> [Outbound] {
        var out: [Outbound] = []
        var guardCount = 0
        while let event = room.due(now: now) {
            guardCount += 1
            precondition(guardCount < 10_000, "due keeps returning \(event)")
            do {
                out += try room.apply(event, now: now)
            } catch {
                preconditionFailure("the due event \(event) was refused: \(error.text)")
            }
            log.append((event, now))
        }
        return out
    }

    /// Moves the clock on and applies what falls due.
    mutating func wait(_ seconds: Double) {
        now += seconds
        frames += settle()
    }

    /// Seats 1…n, named S1…Sn.
    mutating func seat(_ n: Int) throws(ClassRefusal) {
        for i in 1...n { try apply(.join(seat: i, name: "S\(i)", tokenHash: "t\(i)")) }
    }

    /// The seat being called now in a `trade` round.
    var called: Int? {
        guard case .trade(let trade)? = room.game else { return nil }
        return trade.current?.called?.seat
    }

    var tradeRound: TradeRound? {
        guard case .trade(let trade)? = room.game else { return nil }
        return trade.current
    }

    /// The frames a seat received (its own and everyone's), in order.
    func received(by seat: Int) -> [ServerFrame] {
        frames.filter { $0.to == .seat(seat) || $0.to == .everyone }.map(\.frame)
    }

    var teacherLines: [String] {
        frames.flatMap { frame -> [String] in
            if case .console(let lines) = frame.frame, frame.to == .teacher { return lines }
            return []
        }
    }
}
