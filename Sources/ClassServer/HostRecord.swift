/// One line of the class's event log: what happened, in the order it happened. Replaying the
/// records rebuilds the class (`--resume`).
public enum HostRecord: Codable, Equatable, Sendable {
    /// The class was opened with this join code.
    case opened(code: String)
    /// A student took a seat.
    case joined(Seat)
}
