import NormalValue
import ShellKit

/// The parameters and nature's v in force for a stretch of a normal session's tape.
struct NormalEpoch: Equatable, Sendable {
    let parameters: NormalParameters
    let truth: NormalTruth
    /// Nature's v for these periods (the set number, or the draw).
    let trueValue: Double
}
