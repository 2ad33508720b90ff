import PINModel

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
