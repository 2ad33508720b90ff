import PINModel

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

/// What `run N` drew, without a list of the days: where it starts, and nature's and the counts' totals.
struct DrawnRun {
    /// The index of the run's first day among the days held, and how many it drew.
    let first: Int
    let count: Int
    private(set) var types: [DayType: Int] = [:]
    private(set) var buys = 0
    private(set) var sells = 0

    init(first: Int, count: Int) {
        self.first = first
        self.count = count
    }

    mutating func add(_ drawn: DrawnDay) {
        types[drawn.type, default: 0] += 1
        buys += drawn.day.buys
        sells += drawn.day.sells
    }

    func days(_ type: DayType) -> Int { types[type] ?? 0 }
}
