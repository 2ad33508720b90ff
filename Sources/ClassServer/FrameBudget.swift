/// How much one student may send: the size of a frame and a token bucket for their rate.
///
/// Pure: the time comes in as an argument, so a flood is tested without a clock.
public struct FrameBudget: Sendable, Equatable {
    /// The largest frame accepted, in bytes; a larger one gets one error frame.
    public static let maximumBytes = 2048
    /// The longest name a student may take.
    public static let maximumNameLength = 24
    /// Frames a student may send at once (the bucket's size).
    public static let burst = 20.0
    /// Frames a second the bucket refills by.
    public static let refillPerSecond = 10.0

    /// What to do with the frame that just arrived.
    public enum Admission: Equatable, Sendable {
        case accept
        /// The first frame over the budget: answer it with one error frame.
        case refuseOnce
        /// Later frames of the same flood: drop them silently.
        case drop
    }

    private var tokens: Double
    private var last: Double?
    private var flooding = false

    public init() { tokens = Self.burst }

    /// Admits or refuses one frame arriving `seconds` after any fixed origin.
    public mutating func admit(at seconds: Double) -> Admission {
        if let last { tokens = min(Self.burst, tokens + max(0, seconds - last) * Self.refillPerSecond) }
        last = seconds
        if tokens >= 1 {
            tokens -= 1
            flooding = false
            return .accept
        }
        if flooding { return .drop }
        flooding = true
        return .refuseOnce
    }
}
