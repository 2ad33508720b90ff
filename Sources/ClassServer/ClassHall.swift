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
    /// Every frame sent to each seat, by seat number, as sent (a frame to everyone is one text
    /// shared by every history), replayed on reconnection.
    var histories: [Int: [String]] = [:]
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
                _ = Self.file(frames, at: at, seats: seats, in: &histories)
                clockAtStart = max(clockAtStart, at)
            }
        }
    }

    /// Seconds on the class's clock.
    public func now() -> Double {
        let elapsed = ContinuousClock.now - started
        return clockAtStart + Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    /// Seats a student: the engine's join, logged with her token's digest, then her frames
    /// queued. Returns her seat and her token (which only she is given).
    public func join(code typed: String, name: String) throws -> (seat: Seat, token: String) {
        guard JoinCode.normalised(typed) == code else { throw HostRefusal.wrongCode }
        let token = SessionToken.draw(using: &tokenGenerator)
        let seat = try seats.admit(name: name, token: token)
        let event = ClassEvent.join(seat: seat.number, name: seat.name, tokenHash: seat.tokenHash)
        var admitted = seats
        admitted.seat(seat)
        let lines = try perform(event, before: [.joined(seat)], seats: admitted)
        seats = admitted
        // The teacher sees who joined (`Ada joined (seat 3); 12 in the class`) as it happens.
        if !lines.isEmpty { teacher(lines) }
        return (seat, token)
    }

    /// Applies `event` now — and, with `thenDue`, every event the clock then makes due (the next
    /// call after an order), all at the same time on the class's clock: the engine first (a
    /// refused `event` changes nothing), then the log, all of them in one transaction, then the
    /// frames. Returns the teacher's lines.
    @discardableResult
    func perform(_ event: ClassEvent?, before records: [HostRecord] = [], seats table: SeatTable? = nil, thenDue: Bool = false)
        throws -> [String]
    {
        let at = now()
        var next = room
        var events: [ClassEvent] = []
        var frames: [Outbound] = []
        if let event {
            do { frames = try next.apply(event, now: at) } catch { throw error }
            events.append(event)
        }
        for _ in 0..<(thenDue ? 1000 : 0) {
            guard let due = next.due(now: at), let more = try? next.apply(due, now: at) else { break }
            events.append(due)
            frames += more
        }
        guard !events.isEmpty else { return [] }
        do { try log?.append(records + events.map { .event($0, at: at) }) } catch { throw HostRefusal.notRecorded }
        room = next
        let (sends, lines) = Self.file(frames, at: at, seats: table ?? seats, in: &histories)
        for (seat, text) in sends {
            for link in links.values where seat == nil || link.seat == seat { link.outbox.yield(text) }
        }
        return lines
    }

    /// Each frame's text, encoded once whatever its audience, kept in the history of each seat it
    /// is for; returns the texts with their seat (nil: everyone) and the teacher's lines.
    private static func file(_ frames: [Outbound], at: Double, seats: SeatTable, in histories: inout [Int: [String]])
        -> (sends: [(seat: Int?, text: String)], lines: [String])
    {
        var sends: [(seat: Int?, text: String)] = []
        var lines: [String] = []
        for outbound in frames {
            switch outbound.to {
            case .teacher:
                if case .console(let text) = outbound.frame { lines += text }
            case .seat(let seat):
                let text = notice(outbound.frame, at: at).text
                histories[seat, default: []].append(text)
                sends.append((seat, text))
            case .everyone:
                let text = notice(outbound.frame, at: at).text
                for seat in seats.taken { histories[seat.number, default: []].append(text) }
                sends.append((nil, text))
            }
        }
        return (sends, lines)
    }

    static func notice(_ frame: ServerFrame, at: Double) -> StudentNotice {
        let json = (try? JSONEncoder().encode(frame)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return .game(json, now: at)
    }

    /// Applies what the clock has made due (calls, time-outs, reveals); the teacher sees the lines.
    public func tick() {
        if let lines = try? perform(nil, thenDue: true), !lines.isEmpty { teacher(lines) }
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
