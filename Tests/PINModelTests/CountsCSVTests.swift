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
