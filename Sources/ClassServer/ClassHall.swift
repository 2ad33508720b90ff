import ClassRoom
import Foundation
import ShellKit

/// The live class: the engine, the seats and their tokens, each student's open connections and
/// history, the log. Every event is appended to the log before any frame about it is queued.
public actor ClassHall {
    /// One open connection: where its frames go, and how much it may still send.
    struct Link {
        let seat: Int
        let outbox: AsyncStream<String>.Continuation
        var budget = FrameBudget()
    }

    public nonisolated let code: String
    public private(set) var seats = SeatTable()
    var room: ClassRoom
    let log: EventLog?
    /// Where the teacher's lines go when no console command asked for them (orders, reveals).
    let teacher: @Sendable ([String]) -> Void
    var links: [UUID: Link] = [:]
    /// Every frame sent to each seat, by seat number, replayed on reconnection.
    var histories: [Int: [StudentNotice]] = [:]
    private var tokenGenerator = SystemRandomNumberGenerator()
    /// The class's clock: seconds since it opened, carried across a resume.
    private let started = ContinuousClock.now
    private var clockAtStart = 0.0

    /// A new class with `code` under `market`, logged to `log` (nil: nothing kept).
    package init(
        code: String, market: any ModelMarket, log: EventLog?, teacher: @escaping @Sendable ([String]) -> Void = { _ in }
    ) throws {
        self.code = code
        self.log = log
        self.teacher = teacher
        room = ClassRoom(code: code, market: market)
        try log?.append(.opened(code: code))
    }

    /// The class a log describes, every record replayed (`--resume`); its clock goes on from the
    /// last event's time.
    package init(
        resuming log: EventLog, market: any ModelMarket, teacher: @escaping @Sendable ([String]) -> Void = { _ in }
    ) throws {
        let records = try log.records()
        guard case .opened(let code)? = records.first else { throw HostRefusal.notRecorded }
        self.code = code
        self.log = log
        self.teacher = teacher
        room = ClassRoom(code: code, market: market)
        for record in records.dropFirst() {
            switch record {
            case .opened: break
            case .joined(let seat): seats.seat(seat)
            case .event(let event, let at):
                let frames = try room.apply(event, now: at)
                Self.keep(frames, at: at, seats: seats, in: &histories)
                clockAtStart = max(clockAtStart, at)
            }
        }
    }

    /// Seconds on the class's clock.
    public func now() -> Double {
        let elapsed = ContinuousClock.now - started
        return clockAtStart + Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    /// Seats a student: the engine's join, logged with her token, then her frames queued.
    public func join(code typed: String, name: String) throws -> Seat {
        guard JoinCode.normalised(typed) == code else { throw HostRefusal.wrongCode }
        let token = (0..<4).map { _ in String(tokenGenerator.next(), radix: 16) }.joined()
        let seat = try seats.admit(name: name, token: token)
        let event = ClassEvent.join(seat: seat.number, name: seat.name, tokenHash: Self.hash(token))
        var admitted = seats
        admitted.seat(seat)
        let lines = try perform(event, before: [.joined(seat)], seats: admitted)
        seats = admitted
        // The teacher sees who joined (`Ada joined (seat 3); 12 in the class`) as it happens.
        if !lines.isEmpty { teacher(lines) }
        return seat
    }

    /// Applies `event` now: the engine first (a refusal changes nothing), then the log, then the
    /// frames. Returns the teacher's lines.
    @discardableResult
    func perform(_ event: ClassEvent, before records: [HostRecord] = [], seats table: SeatTable? = nil) throws
        -> [String]
    {
        let at = now()
        var next = room
        let frames: [Outbound]
        do { frames = try next.apply(event, now: at) } catch { throw error }
        do { try log?.append(records + [.event(event, at: at)]) } catch { throw HostRefusal.notRecorded }
        room = next
        return deliver(frames, at: at, seats: table ?? seats)
    }

    /// Queues each frame for its audience and keeps it in the histories; returns the teacher's lines.
    private func deliver(_ frames: [Outbound], at: Double, seats table: SeatTable) -> [String] {
        var lines: [String] = []
        for outbound in frames {
            switch outbound.to {
            case .teacher:
                if case .console(let text) = outbound.frame { lines += text }
            case .seat(let seat):
                send(Self.notice(outbound.frame, at: at), toSeat: seat)
            case .everyone:
                let notice = Self.notice(outbound.frame, at: at)
                for seat in table.taken { send(notice, toSeat: seat.number) }
            }
        }
        return lines
    }

    /// The histories a replay rebuilds (no connection is open then).
    private static func keep(_ frames: [Outbound], at: Double, seats: SeatTable, in histories: inout [Int: [StudentNotice]]) {
        for outbound in frames {
            switch outbound.to {
            case .teacher: continue
            case .seat(let seat): histories[seat, default: []].append(notice(outbound.frame, at: at))
            case .everyone:
                for seat in seats.taken { histories[seat.number, default: []].append(notice(outbound.frame, at: at)) }
            }
        }
    }

    static func notice(_ frame: ServerFrame, at: Double) -> StudentNotice {
        let json = (try? JSONEncoder().encode(frame)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return .game(json, now: at)
    }

    /// What the engine keeps of a token: a stable hash (FNV-1a, 64 bits), never the token.
    static func hash(_ token: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in token.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return String(value, radix: 16)
    }

    /// Applies what the clock has made due (calls, time-outs, reveals); the teacher sees the lines.
    public func tick() {
        for _ in 0..<1000 {
            guard let event = room.due(now: now()) else { return }
            do {
                let lines = try perform(event)
                if !lines.isEmpty { teacher(lines) }
            } catch {
                return
            }
        }
    }

    /// Applies an event from the host itself (tests, bots' dry runs): the teacher's lines, or
    /// the refusal's line.
    public func apply(_ event: ClassEvent) -> [String] {
        do { return try perform(event) } catch let refusal as ClassRefusal { return [refusal.text] } catch {
            return [HostText.line(.notRecorded)]
        }
    }

    /// Whether `token` names a seat.
    public func knows(token: String) -> Bool { seats.seat(token: token) != nil }

    /// How many connections are open.
    public var openConnections: Int { links.count }
}
