import PINModel
import ShellKit

/// Where a day held came from, a byte a day: typed, loaded, or drawn by nature with its type
/// (hidden from the market maker).
enum DayOrigin: UInt8, Sendable {
    case typed, loaded, drawnNone, drawnBad, drawnGood

    init(drawn type: DayType) {
        switch type {
        case .none: self = .drawnNone
        case .bad: self = .drawnBad
        case .good: self = .drawnGood
        }
    }

    /// Nature's type of a drawn day; nil for a typed or loaded one.
    var drawnType: DayType? {
        switch self {
        case .typed, .loaded: nil
        case .drawnNone: DayType.none
        case .drawnBad: .bad
        case .drawnGood: .good
        }
    }

    /// `typed`, `loaded`, `drawn`.
    var word: String {
        switch self {
        case .typed: "typed"
        case .loaded: "loaded"
        case .drawnNone, .drawnBad, .drawnGood: "drawn"
        }
    }
}
