/// The daily-counts file `load` reads and `export csv` writes.
///
/// The first line that is not blank or a `#` comment is the header. It names a buys column
/// (`buys` or `B`) and a sells column (`sells` or `S`), in any case and order, and may name a date
/// column (`date`); no other column. Each later line holds one day: whole numbers of at least 0 in
/// the buys and sells columns, any text in the date column. Blank lines and lines starting with `#`
/// are skipped anywhere; fields may be wrapped in double quotes; a UTF-8 byte-order mark and CRLF
/// line ends are accepted.
public enum CountsCSV {
    /// The largest count a day may have (a billion trades).
    public static let maximumCount = 1_000_000_000

    /// The days of a counts file's text (see `CountsCSVReader` for how it is read).
    public static func read(_ text: String) throws(CountsCSVError) -> [TradingDay] {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(CountsCSVError) -> [TradingDay] in try CountsCSVReader.read(bytes) }
        }
        return try result.get()
    }

    /// The days as `read` reads them back (`write(_:chunkBytes:to:)` in one piece).
    public static func write(_ days: [TradingDay]) -> String {
        var bytes: [UInt8] = []
        write(TradingDays(days), chunkBytes: .max) { (chunk: [UInt8], _) in bytes += chunk }
        return String(decoding: bytes, as: UTF8.self)
    }
}
/// What is wrong with a counts file, with the line it was found on.
public enum CountsCSVError: Error, Equatable, Sendable {
    /// Nothing but blank and comment lines.
    case noHeader
    case unknownColumn(line: Int, name: String)
    case repeatedColumn(line: Int, name: String)
    /// The header lacks the buys column (`buys` true) or the sells column.
    case missingColumn(line: Int, buys: Bool)
    case wrongFieldCount(line: Int, found: Int, expected: Int)
    case notACount(line: Int, column: String, field: String)
    /// A date holding a control or bidirectional formatting character (`scalar`): shown later, it
    /// could drive the terminal or reorder the line around it.
    case controlInDate(line: Int, scalar: UInt32)
    /// A header but no day.
    case noDays
}
