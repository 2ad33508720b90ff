import MarketCore

/// Reads a counts file's UTF-8 bytes in one pass, without a String per line or per field.
///
/// A day's line is checked by counting its commas (a line of a million commas costs no memory);
/// only the header's columns are cut out of it, and a count is read straight from its bytes. A
/// String is made only for a date, for the text of an error, and for a field holding non-ASCII
/// bytes (which is read exactly as the Character-based rules say: trimmed of spaces and tabs,
/// unwrapped from double quotes).
enum CountsCSVReader {
    private typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Where each column is, and how many fields a line has.
    private struct Header {
        var buys: Int
        var sells: Int
        var date: Int?
        var width: Int
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")

    static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(CountsCSVError) -> [TradingDay] {
        var header: Header?
        var days: [TradingDay] = []
        var number = 0
        var start = 0
        // Lines end at "\n" or "\r\n"; the piece after the last line end is a line too.
        while start <= bytes.count {
            var stop = start
            while stop < bytes.count, bytes[stop] != newline { stop += 1 }
            defer { start = stop + 1 }
            number += 1
            var line = start..<stop
            if stop < bytes.count, !line.isEmpty, bytes[line.upperBound - 1] == carriageReturn {
                line = line.lowerBound..<line.upperBound - 1  // the "\r" of "\r\n"
            }
            if number == 1, line.count >= 3, bytes[line.lowerBound] == 0xEF, bytes[line.lowerBound + 1] == 0xBB,
                bytes[line.lowerBound + 2] == 0xBF
            {
                line = line.lowerBound + 3..<line.upperBound  // a byte-order mark
            }
            if !line.isEmpty, bytes[line.upperBound - 1] == carriageReturn { line = line.lowerBound..<line.upperBound - 1 }
            let trimmed = trimmedSpaces(bytes, line)
            if trimmed.isEmpty || isComment(bytes, trimmed) { continue }
            guard let columns = header else {
                header = try readHeader(bytes, line, number: number)
                continue
            }
            let found = bytes[line].reduce(1) { $1 == comma ? $0 + 1 : $0 }
            guard found == columns.width else {
                throw .wrongFieldCount(line: number, found: found, expected: columns.width)
            }
            let fields = split(bytes, line)
            let buys = try count(bytes, fields[columns.buys], column: "buys", line: number)
            let sells = try count(bytes, fields[columns.sells], column: "sells", line: number)
            let date = try columns.date.map { index throws(CountsCSVError) in
                try checkedDate(field(bytes, fields[index]), line: number)
            }
            days.append(TradingDay(buys: buys, sells: sells, date: date))
        }
        guard header != nil else { throw .noHeader }
        guard !days.isEmpty else { throw .noDays }
        return days
    }

    /// The header's columns, read one field at a time (the first bad one is the error).
    private static func readHeader(_ bytes: Bytes, _ line: Range<Int>, number: Int) throws(CountsCSVError) -> Header {
        var buys: Int?
        var sells: Int?
        var date: Int?
        var index = 0
        var fieldStart = line.lowerBound
        while true {
            var fieldEnd = fieldStart
            while fieldEnd < line.upperBound, bytes[fieldEnd] != comma { fieldEnd += 1 }
            let name = field(bytes, fieldStart..<fieldEnd)
            switch name.lowercased() {
            case "buys", "b":
                guard buys == nil else { throw .repeatedColumn(line: number, name: name) }
                buys = index
            case "sells", "s":
                guard sells == nil else { throw .repeatedColumn(line: number, name: name) }
                sells = index
            case "date":
                guard date == nil else { throw .repeatedColumn(line: number, name: name) }
                date = index
            default:
                throw .unknownColumn(line: number, name: String(name.prefix(40)))
            }
            index += 1
            guard fieldEnd < line.upperBound else { break }
            fieldStart = fieldEnd + 1
        }
        guard let buys, let sells else { throw .missingColumn(line: number, buys: buys == nil) }
        return Header(buys: buys, sells: sells, date: date, width: index)
    }

    /// The ranges of a line's fields (a day's line, whose commas were counted: a few fields).
    private static func split(_ bytes: Bytes, _ line: Range<Int>) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var fieldStart = line.lowerBound
        for i in line where bytes[i] == comma {
            fields.append(fieldStart..<i)
            fieldStart = i + 1
        }
        fields.append(fieldStart..<line.upperBound)
        return fields
    }

    /// A count read from its bytes: an optional sign, then digits; 0 to `CountsCSV.maximumCount`
    /// (as `Int(text)` reads a field, so `+7` and `-0` are counts and `-4` is not).
    private static func count(
        _ bytes: Bytes, _ range: Range<Int>, column: String, line: Int
    ) throws(CountsCSVError) -> Int {
        func refused() -> CountsCSVError {
            .notACount(line: line, column: column, field: String(field(bytes, range).prefix(40)))
        }
        guard bytes[range].allSatisfy({ $0 < 0x80 }) else { throw refused() }
        var digits = unquoted(bytes, trimmedSpaces(bytes, range))
        var negative = false
        if let first = digits.first, bytes[first] == UInt8(ascii: "+") || bytes[first] == UInt8(ascii: "-") {
            negative = bytes[first] == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { throw refused() }
        var value = 0
        for i in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) else { throw refused() }
            value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            guard value <= CountsCSV.maximumCount else { throw refused() }
        }
        guard !negative || value == 0 else { throw refused() }
        return value
    }

    /// A field as text: trimmed of spaces and tabs, and unwrapped from one pair of double quotes.
    private static func field(_ bytes: Bytes, _ range: Range<Int>) -> String {
        if bytes[range].allSatisfy({ $0 < 0x80 }) {
            return String(decoding: Bytes(rebasing: bytes[unquoted(bytes, trimmedSpaces(bytes, range))]), as: UTF8.self)
        }
        // Non-ASCII: by Characters, so a space or quote that a combining mark joins stays.
        var text = Substring(String(decoding: Bytes(rebasing: bytes[range]), as: UTF8.self))
        while let c = text.first, c == " " || c == "\t" { text = text.dropFirst() }
        while let c = text.last, c == " " || c == "\t" { text = text.dropLast() }
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { text = text.dropFirst().dropLast() }
        return String(text)
    }

    /// The date, refused when it holds a control or bidirectional formatting character.
    private static func checkedDate(_ date: String, line: Int) throws(CountsCSVError) -> String {
        for scalar in date.unicodeScalars where PlainText.isControlOrBidi(scalar.value) {
            throw .controlInDate(line: line, scalar: scalar.value)
        }
        return date
    }

    /// `range` without the spaces and tabs at its ends (ASCII bytes: each is a Character of its own
    /// unless a combining mark follows, which a non-ASCII field is read for by `field`).
    private static func trimmedSpaces(_ bytes: Bytes, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return lower..<upper
    }

    /// `range` without one pair of double quotes around it.
    private static func unquoted(_ bytes: Bytes, _ range: Range<Int>) -> Range<Int> {
        guard range.count >= 2, bytes[range.lowerBound] == quote, bytes[range.upperBound - 1] == quote else {
            return range
        }
        return range.lowerBound + 1..<range.upperBound - 1
    }

    /// Whether a trimmed line starts with `#` (a `#` a combining mark joins, as in the keycap
    /// emoji #️⃣, is a Character of its own and starts no comment).
    private static func isComment(_ bytes: Bytes, _ range: Range<Int>) -> Bool {
        guard bytes[range.lowerBound] == UInt8(ascii: "#") else { return false }
        let next = range.lowerBound + 1
        guard next < range.upperBound, bytes[next] >= 0x80 else { return true }
        let window = next..<min(range.upperBound, next + 64)
        let text = String(decoding: Bytes(rebasing: bytes[range.lowerBound..<window.upperBound]), as: UTF8.self)
        return text.first == "#"
    }
}
