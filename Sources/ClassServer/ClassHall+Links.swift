import ClassRoom
import Foundation

/// The students' connections: attaching with a token, frames in, frames out.
extension ClassHall {
    /// Opens a connection for the seat `token` names: queues its welcome and its history; a
    /// student who had left is back (the engine's `rejoin`, logged).
    public func attach(token: String, outbox: AsyncStream<String>.Continuation) -> UUID? {
        guard let seat = seats.seat(token: token) else { return nil }
        let id = UUID()
        let returning = room.roster.seats[seat.number]?.present == false
        links[id] = Link(seat: seat.number, outbox: outbox)
        outbox.yield(StudentNotice.welcome(seat: seat.number, name: seat.name).text)
        for text in histories[seat.number, default: []] { outbox.yield(text) }
        if returning, let lines = try? perform(.rejoin(seat: seat.number, tokenHash: seat.tokenHash)), !lines.isEmpty {
            teacher(lines)
        }
        return id
    }

    /// Closes a connection; when it was the seat's last, the student has left (the robot plays).
    public func detach(_ id: UUID) {
        guard let link = links.removeValue(forKey: id) else { return }
        link.outbox.finish()
        guard !links.values.contains(where: { $0.seat == link.seat }),
            room.roster.seats[link.seat].map({ $0.present && !$0.kicked }) == true
        else { return }
        if let lines = try? perform(.leave(seat: link.seat)), !lines.isEmpty { teacher(lines) }
    }

    /// Handles one text frame from a connection: its effect, or one error frame, or nothing
    /// during a flood.
    public func receive(_ text: String, from id: UUID) {
        guard var link = links[id] else { return }
        let admission = link.budget.admit(at: now())
        links[id] = link
        switch admission {
        case .drop: return
        case .refuseOnce:
            link.outbox.yield(StudentNotice.error(HostText.line(.flood)).text)
            return
        case .accept: break
        }
        let event: ClassEvent
        do {
            switch try StudentMessage.decode(text) {
            case .echo(let echoed):
                link.outbox.yield(StudentNotice.echo(echoed).text)
                return
            case .order(let side?): event = .order(seat: link.seat, side: side)
            case .order(nil): event = .pass(seat: link.seat)
            case .quote(let bid, let ask): event = .quote(seat: link.seat, bid: bid, ask: ask)
            }
        } catch {
            link.outbox.yield(StudentNotice.error(HostText.line(error)).text)
            return
        }
        do {
            // The next call falls due at once after an order: applied and logged with it, in one
            // transaction, before either is sent.
            let lines = try perform(event, thenDue: true)
            if !lines.isEmpty { teacher(lines) }
        } catch let refusal as ClassRefusal {
            link.outbox.yield(StudentNotice.error(refusal.text).text)
        } catch {
            link.outbox.yield(StudentNotice.error(HostText.line(.notRecorded)).text)
        }
    }
}
