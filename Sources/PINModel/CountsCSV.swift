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

    public static func read(_ text: String) throws(CountsCSVError) -> [TradingDay] {
        var header: (buys: Int, sells: Int, date: Int?, width: Int)?
        var days: [TradingDay] = []
        var number = 0
        // "\r\n" is one Character in Swift, so both line ends are separators.
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = Substring(raw)
            if number == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.hasSuffix("\r") { line = line.dropLast() }
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: ",", omittingEmptySubsequences: false).map { unquote($0) }
            guard let columns = header else {
                header = try readHeader(fields, line: number)
                continue
            }
            guard fields.count == columns.width else {
                throw .wrongFieldCount(line: number, found: fields.count, expected: columns.width)
            }
            func count(_ index: Int, _ column: String) throws(CountsCSVError) -> Int {
                let field = fields[index]
                guard let value = Int(field), value >= 0, value <= maximumCount else {
                    throw .notACount(line: number, column: column, field: String(field.prefix(40)))
                }
                return value
            }
            let buys = try count(columns.buys, "buys")
            let sells = try count(columns.sells, "sells")
            days.append(TradingDay(buys: buys, sells: sells, date: columns.date.map { fields[$0] }))
        }
        guard header != nil else { throw .noHeader }
        guard !days.isEmpty else { throw .noDays }
        return days
    }

    private static func readHeader(
        _ fields: [String], line: Int
    ) throws(CountsCSVError) -> (buys: Int, sells: Int, date: Int?, width: Int) {
        var buys: Int?
        var sells: Int?
        var date: Int?
        for (index, field) in fields.enumerated() {
            switch field.lowercased() {
            case "buys", "b":
                guard buys == nil else { throw .repeatedColumn(line: line, name: field) }
                buys = index
            case "sells", "s":
                guard sells == nil else { throw .repeatedColumn(line: line, name: field) }
                sells = index
            case "date":
                guard date == nil else { throw .repeatedColumn(line: line, name: field) }
                date = index
            default:
                throw .unknownColumn(line: line, name: String(field.prefix(40)))
            }
        }
        guard let buys, let sells else { throw .missingColumn(line: line, buys: buys == nil) }
        return (buys, sells, date, fields.count)
    }

    private static func unquote(_ field: Substring) -> String {
        let f = field.trimmingSpaces
        if f.count >= 2, f.hasPrefix("\""), f.hasSuffix("\"") { return String(f.dropFirst().dropLast()) }
        return String(f)
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
    /// A header but no day.
    case noDays
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return s
    }
}
