import MarketCore
import Testing

@testable import PINModel

/// Issue 23.7 and the property test over `load`: the byte reader reads every file as the reader
/// it replaced did (that reader, which made a String per line and per field, is kept below as
/// the reference), never crashes, and loses no day in a write/read round trip. Time and memory
/// are measured in `glosten-bench --cases load`, not here.
struct CountsCSVPropertyTests {
    /// Pieces random files are made of: the words and bytes the reader treats specially, and
    /// some it must not (a combining mark beside a space, a quote or a `#`; a BOM; a lone CR).
    static let pieces = [
        "buys", "sells", "date", "B", "S", "b", "Buys", "volume", ",", ",", ",", "\"", " ", "\t", "\n", "\n", "\r\n",
        "\r", "#", "-", "+", "0", "7", "42", "1000000000", "1000000001", "99999999999999999999", "\u{FEFF}", "é",
        "\u{301}", "2024-01-02", "x", "\u{1B}", "\u{202E}", "#\u{FE0F}\u{20E3}", "\"\u{301}",
    ]

    /// A random file: sometimes a well-formed header, then lines that are often days (fields in
    /// random dress: spaces, quotes, signs, a date) and otherwise random pieces.
    static func randomFile(_ rng: inout Xoshiro256) -> String {
        func piece() -> String { pieces[Int(rng.next() % UInt64(pieces.count))] }
        func field() -> String {
            let dress = ["", "", "", "", "", "", " ", "\t", "\"", "+", "-", "0"]
            let (before, after) = (dress[Int(rng.next() % 12)], dress[Int(rng.next() % 12)])
            let count = String(rng.next() % 1000) + (rng.next() % 16 == 0 ? piece() : "")
            return before + count + (before == "\"" && rng.next() % 2 == 0 ? "\"" : after == "0" ? "" : after)
        }
        var text = ""
        if rng.next() % 2 == 0 {
            text += ["buys,sells\n", "date,buys,sells\n", "S, b ,Date\r\n", "\u{FEFF}# c\nB,S\n"][Int(rng.next() % 4)]
        }
        for _ in 0..<Int(rng.next() % 12) {
            if rng.next() % 6 == 0 {
                for _ in 0..<Int(rng.next() % 6) { text += piece() }
            } else {
                text += (0..<Int(2 + rng.next() % 2)).map { _ in field() }.joined(separator: ",")
            }
            text += ["\n", "\r\n", "\n"][Int(rng.next() % 3)]
        }
        return text
    }

    @Test("random files: the byte reader agrees with the String reader, day for day and error for error")
    func agreesWithTheReference() {
        var rng = Xoshiro256(seed: 23)
        var read = 0
        var compared = 0
        for _ in 0..<20_000 {
            let text = Self.randomFile(&rng)
            // By design the byte reader splits at every comma; the String reader did not split at
            // a comma that a combining mark joins (",\u{301}" is one Character), so those differ.
            let scalars = Array(text.unicodeScalars)
            if zip(scalars, scalars.dropFirst()).contains(where: { $0 == "," && $1 == "\u{301}" }) { continue }
            compared += 1
            let new = Result { () throws(CountsCSVError) in try CountsCSV.read(text) }
            let old = Result { () throws(CountsCSVError) in try ReferenceCountsCSV.read(text) }
            switch (new, old) {
            case (.success(let a), .success(let b)):
                #expect(a == b, "\(text.debugDescription)")
                read += 1
            case (.failure(.controlInDate(let line, _)), .success(let b)):
                // New: a date holding a control or bidirectional character is refused.
                #expect(b.contains { $0.date?.unicodeScalars.contains { PlainText.isControlOrBidi($0.value) } == true })
                #expect(line > 1)
            case (.failure(.controlInDate(let line, _)), .failure(let b)):
                // Refused at that date, before the String reader met a later problem.
                #expect(Self.line(of: b).map { $0 > line } ?? false, "\(text.debugDescription): \(b)")
            case (.failure(let a), .failure(let b)):
                #expect(a == b, "\(text.debugDescription)")
            default:
                Issue.record("\(text.debugDescription): \(new) against \(old)")
            }
        }
        #expect(read > 100 && compared > 10_000, "enough random files, enough of them holding days")
    }

    /// The line an error names (nil for a whole-file error).
    static func line(of error: CountsCSVError) -> Int? {
        switch error {
        case .unknownColumn(let line, _), .repeatedColumn(let line, _), .missingColumn(let line, _),
            .wrongFieldCount(let line, _, _), .notACount(let line, _, _), .controlInDate(let line, _):
            return line
        case .noHeader, .noDays: return nil
        }
    }

    @Test("random days, dated or not: written and read back, no day is lost or changed")
    func roundTrip() throws {
        var rng = Xoshiro256(seed: 7)
        let characters = Array("0123456789-/ abcé\"#:;.")
        for _ in 0..<2_000 {
            let dated = rng.next() % 2 == 0
            let days = (0..<Int(1 + rng.next() % 40)).map { _ in
                var date = String((0..<Int(1 + rng.next() % 12)).map { _ in characters[Int(rng.next() % UInt64(characters.count))] })
                // A date's ends are trimmed of spaces on reading, and one starting with # is a comment
                // line unless export quotes it (issue 23.12, on the export side), so none is made.
                date = String(date.drop { $0 == " " || $0 == "#" }.reversed().drop { $0 == " " }.reversed())
                // A date wrapped in double quotes is read unwrapped: that too is for export to quote.
                if date.count >= 2, date.hasPrefix("\""), date.hasSuffix("\"") { date = "q" + date }
                return TradingDay(
                    buys: Int(rng.next() % 1_000_000_001), sells: Int(rng.next() % 3),
                    date: dated ? (date.isEmpty ? "d" : date) : nil)
            }
            let back = try CountsCSV.read(CountsCSV.write(days))
            #expect(back == days, "\(zip(back, days).filter { $0 != $1 })")
        }
    }

    @Test("a line of a million commas is one error naming its field count")
    func longLineOfCommas() {
        let text = "buys,sells\n" + String(repeating: ",", count: 1_000_000)
        #expect(throws: CountsCSVError.wrongFieldCount(line: 2, found: 1_000_001, expected: 2)) {
            try CountsCSV.read(text)
        }
    }

    @Test("dates with a control or bidirectional character are refused with the line and the character")
    func controlsInDates() throws {
        #expect(throws: CountsCSVError.controlInDate(line: 3, scalar: 0x1B)) {
            try CountsCSV.read("date,buys,sells\nok,1,2\n\u{1B}[2J,3,4\n")
        }
        #expect(throws: CountsCSVError.controlInDate(line: 2, scalar: 0x202E)) {
            try CountsCSV.read("date,buys,sells\n\"\u{202E}2024\",1,2\n")
        }
        #expect(try CountsCSV.read("date,buys,sells\n2024\t01,1,2\n") == [TradingDay(buys: 1, sells: 2, date: "2024\t01")])
    }
}

/// The String-based reader that `load` used before issue 23.7, kept as the reference.
private enum ReferenceCountsCSV {
    static func read(_ text: String) throws(CountsCSVError) -> [TradingDay] {
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
                guard let value = Int(field), value >= 0, value <= CountsCSV.maximumCount else {
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

}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return s
    }
}
