import PINModel
import ShellKit

/// What `run N` drew, without a list of the days: where it starts, and nature's and the counts' totals.
struct DrawnRun {
    /// The index of the run's first day among the days held, how many were asked for and drawn.
    let first: Int
    let requested: Int
    private(set) var count = 0
    private(set) var types: [DayType: Int] = [:]
    private(set) var buys = 0
    private(set) var sells = 0

    init(first: Int, requested: Int) {
        self.first = first
        self.requested = requested
    }

    /// True when a stop ended the run before all the days asked for were drawn.
    var interrupted: Bool { count < requested }

    mutating func add(_ drawn: DrawnDay) {
        count += 1
        types[drawn.type, default: 0] += 1
        buys += drawn.day.buys
        sells += drawn.day.sells
    }

    func days(_ type: DayType) -> Int { types[type] ?? 0 }
}
