import Foundation
import ShellKit

/// The live class: the seats, each student's open connections and history, the log. Every
/// record is appended to the log before any frame about it is queued for a student.
public actor ClassHall {
    /// One open connection: where its frames go, and how much it may still send.
    struct Link {
        let seat: Int
        let outbox: AsyncStream<String>.Continuation
        var budget = FrameBudget()
    }

    public let code: String
    public private(set) var seats = SeatTable()
    private let log: EventLog?
    private var links: [UUID: Link] = [:]
    /// Every frame sent to each seat, by seat number, replayed on reconnection.
    private var histories: [Int: [StudentNotice]] = [:]
    private var tokenGenerator = SystemRandomNumberGenerator()
    private let started = ContinuousClock.now

    /// A new class with `code`, logged to `log` (nil: nothing kept, for tests of the transport).
    public init(code: String, log: EventLog?) throws {
        self.code = code
        self.log = log
        try log?.append(.opened(code: code))
    }

    /// The class a log describes, every record replayed (`--resume`).
    public init(resuming log: EventLog) throws {
        let records = try log.records()
        guard case .opened(let code)? = records.first else { throw HostRefusal.malformedJoin }
        self.code = code
        self.log = log
        for record in records.dropFirst() {
            switch record {
            case .opened: break
            case .joined(let seat): seats.seat(seat)
            }
        }
    }

    /// Seats a student, logs it, and returns her seat (with her new token).
    public func join(code typed: String, name: String) throws -> Seat {
        guard JoinCode.normalised(typed) == code else { throw HostRefusal.wrongCode }
        let token = (0..<4).map { _ in String(tokenGenerator.next(), radix: 16) }.joined()
        let seat = try seats.admit(name: name, token: token)
        try log?.append(.joined(seat))
        seats.seat(seat)
        return seat
    }

    /// Whether `token` names a seat.
    public func knows(token: String) -> Bool { seats.seat(token: token) != nil }

    /// Opens a connection for the seat `token` names: queues its welcome and its history.
    public func attach(token: String, outbox: AsyncStream<String>.Continuation) -> UUID? {
        guard let seat = seats.seat(token: token) else { return nil }
        let id = UUID()
        links[id] = Link(seat: seat.number, outbox: outbox)
        outbox.yield(StudentNotice.welcome(seat: seat.number, name: seat.name).text)
        for notice in histories[seat.number, default: []] { outbox.yield(notice.text) }
        return id
    }

    /// Closes a connection.
    public func detach(_ id: UUID) {
        links.removeValue(forKey: id)?.outbox.finish()
    }

    /// Handles one text frame from a connection: one answer, or one error frame, or nothing
    /// during a flood.
    public func receive(_ text: String, from id: UUID) {
        guard var link = links[id] else { return }
        let admission = link.budget.admit(at: seconds(since: started))
        links[id] = link
        switch admission {
        case .drop: return
        case .refuseOnce:
            link.outbox.yield(StudentNotice.error(HostText.line(.flood)).text)
            return
        case .accept: break
        }
        do {
            switch try StudentMessage.decode(text) {
            case .echo(let echoed): link.outbox.yield(StudentNotice.echo(echoed).text)
            }
        } catch {
            link.outbox.yield(StudentNotice.error(HostText.line(error)).text)
        }
    }

    /// Sends a frame to one seat's connections and keeps it in her history.
    func send(_ notice: StudentNotice, toSeat seat: Int) {
        histories[seat, default: []].append(notice)
        for link in links.values where link.seat == seat { link.outbox.yield(notice.text) }
    }

    /// How many connections are open.
    public var openConnections: Int { links.count }

    private func seconds(since origin: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}

extension ClassHall {
    /// Runs one console command from the teacher's shell; returns the lines to show her.
    public func console(_ command: ClassCommand) -> [String] {
        switch command {
        case .roster:
            guard !seats.taken.isEmpty else { return ["No student has joined yet: the code is \(code)."] }
            return ["\(seats.taken.count) in the class:"] + seats.taken.map { "  \($0.number). \($0.name)" }
        case .close:
            exit(0)
        default:
            return ["class: this build of glosten-host has no game engine yet (issue 25, ClassRoom)."]
        }
    }
}
