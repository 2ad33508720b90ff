import Foundation
import MarketCore
import PINModel

/// `load FILE` as the PIN model reads it: random dated counts files (seeded) of growing size, and
/// one line of nothing but commas (the worst line for a field splitter), timed with the peak
/// resident memory after each. Time per day or per byte that stays flat as the size grows, and a
/// peak that grows with the file and no faster, say the reader is linear in time and memory.
func benchLoad(_ options: Options) {
    var rng = Xoshiro256(seed: options.seed)
    for days in [10_000, 100_000, 1_000_000] {
        var text = "date,buys,sells\n"
        text.reserveCapacity(days * 24)
        for day in 0..<days {
            text += "2024-\(day % 12 + 1)-\(day % 28 + 1) #\(day),\(rng.next() % 500),\(rng.next() % 500)\n"
        }
        var read = 0
        let wall = seconds { read = (try? CountsCSV.read(text))?.count ?? -1 }
        guard read == days else { fail("load read \(read) of \(days) days") }
        print(
            "load      \(days) days (\(text.utf8.count / 1_000_000) MB): \(format(wall * 1e3)) ms,"
                + " \(format(wall / Double(days) * 1e9)) ns a day; peak RSS \(format(peakMemoryMB())) MB")
    }
    for bytes in [1_000_000, 10_000_000, 63_000_000] {
        let text = "buys,sells\n" + String(repeating: ",", count: bytes) + "\n"
        var refused = false
        let wall = seconds {
            do throws(CountsCSVError) { _ = try CountsCSV.read(text) } catch {
                refused = error == .wrongFieldCount(line: 2, found: bytes + 1, expected: 2)
            }
        }
        guard refused else { fail("a line of \(bytes) commas was not refused as \(bytes + 1) fields") }
        print(
            "load      a line of \(bytes) commas: \(format(wall * 1e3)) ms, \(format(wall / Double(bytes) * 1e9)) ns a byte;"
                + " peak RSS \(format(peakMemoryMB())) MB")
    }
}
