@testable import BinaryShell
import Foundation
@testable import MarketModel
@testable import ShellKit
import ShellTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Exports carry the very numbers the market showed; `save` replays a session bit for bit.
struct ExportTests {
    private let files = MemoryFiles()

    /// A shell whose exports land in `files`.
    private func exportingShell() -> Interpreter { Interpreter.forTests(files: files) }

    /// DESIGN §2 hand check, exported: after one buy P(V_H) = 13/20, bid 102, ask 11238/109,
    /// P(informed | buy) = 3/10, filled at 102.6; the market maker lost 102.6 − 104 = −1.4.
    @Test func csvRowsAreTheMarketsNumbers() throws {
        var shell = exportingShell()
        for line in ["set low 100", "set high 104", "buy", "sell"] { _ = send(&shell, line) }
        let path = "tape.csv"
        #expect(send(&shell, "export csv \(path)")?.plainText == "wrote 2 rows to \(path)\n")
        let lines = try #require(files.text(path)).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "t,order,trader,price,bid,ask,spread,mid,p_high,p_event,p_informed,mm_profit")
        let fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(fields[0] == "1" && fields[1] == "buy" && fields[2] == "typed")
        let number = fields.map { Double($0) }
        #expect(abs(number[3]! - 102.6) < 1e-12)
        #expect(abs(number[4]! - 102) < 1e-12)
        #expect(abs(number[5]! - 11238.0 / 109.0) < 1e-12)
        #expect(abs(number[8]! - 13.0 / 20.0) < 1e-12)
        #expect(abs(number[10]! - 3.0 / 10.0) < 1e-12)
        #expect(abs(number[11]! - -1.4) < 1e-12)
    }

    @Test func jsonIsAnArrayOfRows() throws {
        var shell = exportingShell()
        _ = send(&shell, "run 50")
        _ = send(&shell, "export json tape.json")
        let rows =
            try JSONSerialization.jsonObject(with: Data(try #require(files.text("tape.json")).utf8)) as? [[String: Any]]
        #expect(rows?.count == 50)
        #expect(rows?.last?["t"] as? Int == 50)
        #expect(Set(rows?.first?.keys.map { $0 } ?? []) == Set(Session.columns))
    }

    /// The SVG is well-formed XML with the four panels' lines and their titles.
    @Test func svgIsWellFormed() throws {
        var shell = exportingShell()
        _ = send(&shell, "run 80")
        _ = send(&shell, "export svg panels.svg")
        let data = Data(try #require(files.text("panels.svg")).utf8)
        final class Counter: NSObject, XMLParserDelegate {
            var polylines = 0
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                if name == "polyline" { polylines += 1 }
            }
        }
        let counter = Counter()
        let parser = XMLParser(data: data)
        parser.delegate = counter
        #expect(parser.parse(), "not well-formed XML: \(String(describing: parser.parserError))")
        #expect(counter.polylines == 4)
        let text = String(decoding: data, as: UTF8.self)
        for title in BinaryPlot.allCases.map(\.title) { #expect(text.contains(title)) }
    }

    /// `save` then replaying the file gives the same market and tape, bit for bit.
    @Test func saveReplaysExactly() throws {
        var shell = exportingShell()
        for line in [
            "set seed 9", "run 300", "informed", "set mu 0.45", "noise", "buy", "undo", "set truth low", "run 20",
            "set alpha 0.8", "set eps 0.3", "pass", "noise",
        ] {
            _ = send(&shell, line)
        }
        _ = send(&shell, "save session.gm")
        let (replay, refused) = replaying(try #require(files.text("session.gm")))
        #expect(refused.isEmpty, "replaying: \(refused)")
        #expect(replay.session.binary.market == shell.session.binary.market)
        #expect(replay.session.binary.periods == shell.session.binary.periods)
        #expect(replay.session.binary.rng == shell.session.binary.rng)
    }

    /// `save` keeps a long line whole: a 300-byte `set` (more than the 200 bytes the journal once
    /// kept) replays as typed, and a model switch replays too.
    @Test func saveKeepsLongLinesAndModels() throws {
        var shell = exportingShell()
        let long = "set mu 0." + String(repeating: "0", count: 290) + "25"
        #expect(long.utf8.count > 300)
        for line in ["model binary", long, "buy"] { #expect(send(&shell, line)?.error == nil) }
        _ = send(&shell, "save long.gm")
        let file = try #require(files.text("long.gm"))
        let saved = file.split(separator: "\n").map(String.init)
        #expect(saved.contains(long))
        #expect(saved.contains("model binary"))
        let (replay, refused) = replaying(file)
        #expect(refused.isEmpty, "replaying: \(refused)")
        #expect(replay.session.binary.market == shell.session.binary.market)
        #expect(replay.session.binary.market.parameters.mu == Double("2.5e-291"))
    }

    /// An empty tape exports the header alone (CSV) or an empty array (JSON); a shell given no
    /// writer says so; a stop between chunks leaves nothing.
    @Test func emptyTapesNoWriterAndStops() throws {
        var shell = exportingShell()
        _ = send(&shell, "export csv empty.csv")
        _ = send(&shell, "export json empty.json")
        #expect(files.text("empty.csv") == Session.columns.joined(separator: ",") + "\n")
        #expect(
            try JSONSerialization.jsonObject(with: Data(try #require(files.text("empty.json")).utf8)) as? [Any] != nil)
        var bare = Interpreter.forTests()
        #expect(send(&bare, "export csv x.csv")?.error == .cannotWrite("x.csv", reason: .noFiles))
        _ = send(&shell, "run 20000")
        shell.shouldStop = { true }
        #expect(
            send(&shell, "export csv long.csv")?.error == .cannotWrite("long.csv", reason: .interrupted(partly: false)))
        #expect(files.text("long.csv") == nil)
        #expect(
            send(&shell, "export pdf x")?.error
                == .badChoice(verb: "export", text: "pdf", choices: ["csv", "json", "svg"]))
    }
}
