import MarketCore
import Testing

@testable import PINModel

@Test func headersNameTheColumnsInAnyCaseAndOrder() throws {
    let days = try CountsCSV.read(
        "\u{FEFF}# drawn by hand\r\nDate,S,b\r\n2024-01-02, 40 ,31\r\n\r\n\"2024-01-03\",55,20\r\n")
    #expect(
        days == [
            TradingDay(buys: 31, sells: 40, date: "2024-01-02"), TradingDay(buys: 20, sells: 55, date: "2024-01-03"),
        ])
    #expect(try CountsCSV.read("BUYS,SELLS\n1,2\n") == [TradingDay(buys: 1, sells: 2)])
}

@Test func writtenDaysReadBack() throws {
    let undated = [TradingDay(buys: 3, sells: 9), TradingDay(buys: 0, sells: 12)]
    #expect(CountsCSV.write(undated) == "buys,sells\n3,9\n0,12\n")
    #expect(try CountsCSV.read(CountsCSV.write(undated)) == undated)
    let dated = [TradingDay(buys: 3, sells: 9, date: "d1"), TradingDay(buys: 7, sells: 1, date: "d2")]
    #expect(try CountsCSV.read(CountsCSV.write(dated)) == dated)
}

@Test func eachBadFileGetsOneErrorNamingItsLine() {
    #expect(throws: CountsCSVError.noHeader) { try CountsCSV.read("# nothing\n\n") }
    #expect(throws: CountsCSVError.unknownColumn(line: 2, name: "volume")) {
        try CountsCSV.read("\nbuys,sells,volume\n")
    }
    #expect(throws: CountsCSVError.repeatedColumn(line: 1, name: "B")) { try CountsCSV.read("buys,B,sells\n") }
    #expect(throws: CountsCSVError.missingColumn(line: 1, buys: false)) { try CountsCSV.read("date,buys\n") }
    #expect(throws: CountsCSVError.wrongFieldCount(line: 3, found: 3, expected: 2)) {
        try CountsCSV.read("buys,sells\n1,2\n1,2,3\n")
    }
    #expect(throws: CountsCSVError.notACount(line: 2, column: "sells", field: "-4")) {
        try CountsCSV.read("b,s\n3,-4\n")
    }
    #expect(throws: CountsCSVError.notACount(line: 2, column: "buys", field: "2.5")) {
        try CountsCSV.read("b,s\n2.5,4\n")
    }
    #expect(throws: CountsCSVError.noDays) { try CountsCSV.read("buys,sells\n") }
}

/// A date `read` would take otherwise is written quoted, and reads back the same: one beginning
/// with `#` (before, the exported line read back as a comment and the day was lost), with a quote,
/// or with spaces or tabs at its ends.
@Test func datesThatLookLikeCommentsOrQuotesReadBack() throws {
    let dates = ["#1", "# two", "\"3\"", "\"", " 5", "6\t", "\t#7 ", "8#", "a\"b", ""]
    let days = dates.enumerated().map { TradingDay(buys: $0.offset, sells: 10 - $0.offset, date: $0.element) }
    let text = CountsCSV.write(days)
    #expect(text.hasPrefix("date,buys,sells\n\"#1\",0,10\n\"# two\",1,9\n\"\"3\"\",2,8\n\"\"\",3,7\n\" 5\",4,6\n"))
    #expect(text.hasSuffix("8#,7,3\na\"b,8,2\n,9,1\n"))
    #expect(try CountsCSV.read(text) == days)
}

/// Any day `read` takes from a line survives `write` then `read`: dates built from the characters
/// that matter to the reader, in random order.
@Test func everyDayReadFromAFileSurvivesExportAndLoad() throws {
    var rng = Xoshiro256(seed: 23)
    let alphabet: [String] = ["#", "\"", " ", "\t", "a", "1", "-", "é", "\r"]
    for _ in 0..<300 {
        let fields = (0..<Int(rng.nextUnit() * 6)).map { _ in alphabet[Int(rng.nextUnit() * Double(alphabet.count))] }
        let line = fields.joined() + ",\(Int(rng.nextUnit() * 50)),\(Int(rng.nextUnit() * 50))"
        guard let days = try? CountsCSV.read("date,buys,sells\n" + line + "\n") else { continue }
        #expect(try CountsCSV.read(CountsCSV.write(days)) == days, "\(line.debugDescription)")
    }
}

/// `write` hands its bytes on in chunks of at least the size asked for, with the days done so far,
/// and they join up to the text written in one piece.
@Test func theCSVIsWrittenInChunks() {
    let days = TradingDays((0..<1000).map { TradingDay(buys: $0, sells: 1000 - $0, date: "d\($0)") })
    var chunks: [[UInt8]] = []
    var done: [Int] = []
    CountsCSV.write(days, chunkBytes: 1000) { (bytes: [UInt8], count: Int) in
        chunks.append(bytes)
        done.append(count)
    }
    #expect(chunks.count > 5)
    #expect(chunks.dropLast().allSatisfy { $0.count >= 1000 && $0.count < 1100 })
    #expect(done == done.sorted() && done.last == 1000)
    #expect(String(decoding: chunks.joined(), as: UTF8.self) == CountsCSV.write((0..<1000).map { days[$0] }))
}
