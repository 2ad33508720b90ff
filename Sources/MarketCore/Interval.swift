/// A range of accepted values whose ends may each be open or closed, e.g. μ ∈ [0, 1).
public struct Interval: Equatable, Sendable {
    public let lower: Double
    public let upper: Double
    public let includesLower: Bool
    public let includesUpper: Bool

    public init(_ lower: Double, _ upper: Double, includesLower: Bool = true, includesUpper: Bool = true) {
        self.lower = lower
        self.upper = upper
        self.includesLower = includesLower
        self.includesUpper = includesUpper
    }

    /// Whether `value` lies in the interval. NaN lies in no interval.
    public func contains(_ value: Double) -> Bool {
        let aboveLower = includesLower ? value >= lower : value > lower
        let belowUpper = includesUpper ? value <= upper : value < upper
        return aboveLower && belowUpper
    }
}
