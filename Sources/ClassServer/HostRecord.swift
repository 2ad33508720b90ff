import ClassRoom

/// One line of the class's event log: what happened, in the order it happened. Replaying the
/// records rebuilds the class (`--resume`): the seats and their tokens, and the engine's events
/// with the time (seconds on the class's clock) each was applied.
public enum HostRecord: Codable, Equatable, Sendable {
    /// The class was opened with this join code.
    case opened(code: String)
    /// A student took a seat.
    case joined(Seat)
    /// An event the engine applied at `at`.
    case event(ClassEvent, at: Double)
}
