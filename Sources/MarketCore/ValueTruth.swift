/// Nature's value as a model with a numeric truth holds it: a number the teacher sets, or a draw
/// from the model's prior at each opening. The normal-value and Kyle models share it; each says how
/// its prior is drawn (`resolve(drawing:)`).
public enum ValueTruth: Equatable, Sendable {
    case value(Double)
    case drawn

    /// The value for a new opening: the number itself, or `draw()`.
    @inlinable
    public func resolve(drawing draw: () -> Double) -> Double {
        switch self {
        case .value(let v): v
        case .drawn: draw()
        }
    }
}
