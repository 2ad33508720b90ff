/// Many trading days held compactly: the counts in two `UInt32` arrays (a count is at most
/// `CountsCSV.maximumCount`, 10⁹ < 2³²), the dates, when there are any, as one run of UTF-8 bytes.
///
/// Nine bytes or so a day in place of a `TradingDay`'s 32 and a `String` each: 10⁷ days fit in
/// about 80 MB. Only the first `datedCount` days have a date (a loaded file's days come first;
/// days typed or drawn after them have none). A day is rebuilt as a `TradingDay` when asked.
public struct TradingDays: Equatable, Sendable, RandomAccessCollection {
    public private(set) var buys: [UInt32] = []
    public private(set) var sells: [UInt32] = []
    /// The dates' bytes one after another, and where each ends in them.
    private var dateBytes: [UInt8] = []
    private var dateEnds: [Int] = []

    public init() {}

    public init(_ days: some Sequence<TradingDay>) {
        for day in days { append(day) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { buys.count }

    public subscript(index: Int) -> TradingDay {
        TradingDay(buys: Int(buys[index]), sells: Int(sells[index]), date: date(index))
    }

    /// How many of the first days have a date.
    public var datedCount: Int { dateEnds.count }

    /// The date of day `index` as the file wrote it, or nil.
    public func date(_ index: Int) -> String? {
        guard index < dateEnds.count else { return nil }
        let start = index == 0 ? 0 : dateEnds[index - 1]
        return String(decoding: dateBytes[start..<dateEnds[index]], as: UTF8.self)
    }

    /// The bytes of day `index`'s date, handed to `body` (nil when it has none), without a `String`.
    public func withDateBytes<R>(_ index: Int, _ body: (ArraySlice<UInt8>?) -> R) -> R {
        guard index < dateEnds.count else { return body(nil) }
        let start = index == 0 ? 0 : dateEnds[index - 1]
        return body(dateBytes[start..<dateEnds[index]])
    }

    /// Adds a day.
    ///
    /// A dated day follows only dated days (a date after an undated day is dropped).
    public mutating func append(_ day: TradingDay) {
        append(buys: day.buys, sells: day.sells, date: day.date)
    }

    public mutating func append(buys b: Int, sells s: Int, date: String? = nil) {
        precondition(b >= 0 && s >= 0 && b <= Int(UInt32.max) && s <= Int(UInt32.max), "a count fits 32 bits")
        Self.grow(&buys, by: 1)
        Self.grow(&sells, by: 1)
        if let date, dateEnds.count == buys.count {
            dateBytes.append(contentsOf: date.utf8)
            dateEnds.append(dateBytes.count)
        }
        buys.append(UInt32(b))
        sells.append(UInt32(s))
    }

    /// Makes room for `more` days at once (one allocation of the size needed for a long run).
    public mutating func reserve(_ more: Int) {
        Self.grow(&buys, by: more)
        Self.grow(&sells, by: more)
    }

    /// Takes back the last day (nil when there is none).
    @discardableResult
    public mutating func removeLast() -> TradingDay? {
        guard let last = self.last else { return nil }
        buys.removeLast()
        sells.removeLast()
        if dateEnds.count > buys.count {
            dateEnds.removeLast()
            dateBytes.removeLast(dateBytes.count - (dateEnds.last ?? 0))
        }
        return last
    }

    /// Σ B and Σ S.
    public var totals: (buys: Int, sells: Int) {
        (buys.reduce(0) { $0 + Int($1) }, sells.reduce(0) { $0 + Int($1) })
    }

    /// Grows an array's capacity by half again, or to exactly what is needed when that is more, so a
    /// long run costs one allocation of its size rather than a doubling past it.
    private static func grow<T>(_ array: inout [T], by more: Int) {
        let needed = array.count + more
        guard needed > array.capacity else { return }
        array.reserveCapacity(Swift.max(needed, array.capacity + array.capacity / 2))
    }
}
