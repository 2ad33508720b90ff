import BinaryShell
import MarketModel
import ModelRegistry
import ShellKit

/// What every fuzzed line is held to, for the command and script fuzz targets.
public enum FuzzMarket {
    /// A market that has traded, with α < 1 and uninformed traders who may stay out (built once;
    /// each input gets its own copy).
    public static let warmed: Interpreter = {
        var shell = Interpreter(models: glostenModels)
        for line in ["set alpha 0.6", "set eps 0.3", "buy", "pass", "sell", "buy"] {
            _ = shell.run(line: Array(line.utf8))
        }
        return shell
    }()

    /// Runs one line unless it would leave the market (lesson verbs, quit); exports and `save`
    /// render into a writer that discards the bytes. Long work stops at its first safe point.
    public static func apply(_ line: [UInt8], to shell: inout Interpreter) {
        if let command = try? Parser.parse(line, model: shell.session.kind, models: glostenModels),
            !command.isAllowedInLessons
        {
            switch command {
            case .market(.export), .shell(.save): break
            default: return
            }
        }
        shell.files = DiscardingFiles()
        shell.shouldStop = { true }
        let before = shell.session.snapshot.json
        guard let reply = shell.run(line: line) else { return }
        // The record writes every Double exactly (shortest round-trip form), so equal text is an equal market.
        if reply.error != nil, shell.session.snapshot.json != before {
            fatalError("a refused line changed the market: \(String(decoding: line, as: UTF8.self))")
        }
        let now = shell.session.snapshot
        if let session = shell.session.model.market as? Session {
            let p = session.market.belief.probability
            if abs(p.sum - 1) > 1e-9 { fatalError("beliefs sum to \(p.sum)") }
        }
        for price in [now.bid, now.ask, now.value].compactMap({ $0 }) where !price.isFinite {
            fatalError("a quote is not finite")
        }
    }
}

/// A `FileWriter` that renders everything and keeps nothing, so fuzzed exports touch no file.
struct DiscardingFiles: FileWriter {
    func write(
        to path: String, _ produce: ((borrowing [UInt8]) throws(WriteProblem) -> Void) throws(WriteProblem) -> Void
    ) throws(WriteProblem) {
        var count = 0
        try produce { bytes in count += bytes.count }
        if count == 0 { fatalError("an export rendered nothing") }
    }
}
