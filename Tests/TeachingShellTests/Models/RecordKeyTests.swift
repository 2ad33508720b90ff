import Foundation
@testable import ShellKit
import ShellTestSupport
import Testing

/// The keys a model writes into its own record fields (`p_high`, `p_low`, `p_event`, `sd`) keep
/// the shape they had when `Record` carried them as its own optional properties, encoded if
/// present: under each model, each key is there with a number, or absent — never null — at the
/// opening, after an order and after a refused command.
struct RecordKeyTests {
    private static let movedKeys = ["p_high", "p_low", "p_event", "sd"]

    /// The model, the lines that play an order and a refusal, and which moved keys its records hold.
    private static let cases: [(model: String, order: String, refused: String, keys: Set<String>)] = [
        ("binary", "buy", "set mu 1", ["p_high", "p_low", "p_event"]),
        ("normal", "buy", "set mu 1", ["sd"]),
        ("kyle", "flow 1", "set sigma -1", ["sd"]),
        ("roll", "buy", "set truth high", []),
        ("inventory", "buy", "set truth high", []),
        ("pin", "day 3 4", "set alpha 2", ["p_event"]),
    ]

    private func object(_ reply: Reply?) throws -> [String: Any] {
        let json = try #require(reply).record.json
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test(arguments: 0..<cases.count)
    func movedKeysArePresentWithANumberOrAbsent(_ index: Int) throws {
        let (model, order, refused, keys) = Self.cases[index]
        var shell = Interpreter.forTests()
        let lines = ["model \(model)", "state", order, refused]
        for line in lines {
            let reply = shell.run(line: Array(line.utf8))
            #expect((reply?.error != nil) == (line == refused), "\(model): \(line)")
            let record = try object(reply)
            #expect(record["model"] as? String == model)
            for key in Self.movedKeys {
                if keys.contains(key) {
                    #expect(record[key] is NSNumber, "\(model): \(line): \(key) holds a number")
                } else {
                    #expect(record[key] == nil, "\(model): \(line): \(key) is absent")
                }
            }
        }
    }
}
