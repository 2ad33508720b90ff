import Testing

@testable import ClassServer

/// The join QR code: the size the QR standard gives for the text, the finder patterns where the
/// standard puts them, and the half-block drawing of it.
struct TerminalQRTests {
    let address = "http://192.168.1.20:8080/"  // 25 bytes

    @Test func theStandardsVersionAndFinderPatterns() throws {
        // ISO/IEC 18004 table 7: version 1-M holds 14 bytes, version 2-M 26; 25 bytes need version 2,
        // which is 17 + 4·2 = 25 modules wide.
        let modules = try #require(TerminalQR.modules(address))
        #expect(modules.count == 25 && modules.allSatisfy { $0.count == 25 })
        // A finder pattern: a 7×7 dark ring, a light ring, a 3×3 dark centre, in three corners.
        let finderRows: [[Bool]] = [
            [true, true, true, true, true, true, true],
            [true, false, false, false, false, false, true],
            [true, false, true, true, true, false, true],
            [true, false, true, true, true, false, true],
            [true, false, true, true, true, false, true],
            [true, false, false, false, false, false, true],
            [true, true, true, true, true, true, true],
        ]
        for (row, column) in [(0, 0), (0, 18), (18, 0)] {
            let seen = (0..<7).map { r in (0..<7).map { c in modules[row + r][column + c] } }
            #expect(seen == finderRows, "finder at \(row),\(column)")
        }
        #expect(modules[7][0...7].allSatisfy { !$0 })  // the light separator under the top-left finder
    }

    @Test func drawnTwoRowsALine() throws {
        let lines = try #require(TerminalQR.lines(address))
        let size = 25 + 2 * TerminalQR.quietZone  // 33
        #expect(lines.count == (size + 1) / 2 && lines.allSatisfy { $0.count == size })
        #expect(lines[0] == String(repeating: "█", count: size))  // quiet zone: rows 0 and 1, light
        // Rows 4 and 5 are the finder's first two rows after 4 light modules: at column 4 dark over
        // dark (" "), at column 5 its dark top edge over its light inside ("▄").
        let row4 = Array(lines[2])
        #expect(String(row4[0..<4]) == "████" && row4[4] == " " && row4[5] == "▄" && row4[10] == " ")
    }
}
