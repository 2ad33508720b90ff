import Foundation
import MarketModel

/// The file formats of `export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, json, svg
}

/// Writes the session's tape (CSV, JSON), its four panels (SVG) or its commands (`save`) to a file,
/// through a temporary file renamed into place so a failed write never leaves half a file.
enum Export {
    static let columns = ["t", "order", "trader", "price", "bid", "ask", "spread", "mid", "p_high", "p_event", "p_informed", "mm_profit"]

    /// Writes `format` for the whole tape; returns the number of rows written.
    static func write(_ format: ExportFormat, of session: Session, to path: String) throws(ShellError) -> Int {
        try atomically(path) { handle in
            switch format {
            case .csv: try csv(session, handle)
            case .json: try json(session, handle)
            case .svg: try handle.write(contentsOf: Data(SVGPanels(session: session).document.utf8))
            }
        }
        return session.periods
    }

    /// `save FILE`: the commands that rebuild this session, replayable with `glosten FILE`.
    static func save(_ journal: [String], to path: String) throws(ShellError) {
        let text = "# glosten session: replay it with `glosten \(path)`\n" + journal.map { $0 + "\n" }.joined()
        try atomically(path) { try $0.write(contentsOf: Data(text.utf8)) }
    }

    private static func csv(_ session: Session, _ handle: FileHandle) throws {
        try handle.write(contentsOf: Data((columns.joined(separator: ",") + "\n").utf8))
        try inChunks(session, to: handle) { rows in
            rows.map { row in values(row).map { $0 ?? "" }.joined(separator: ",") }.joined(separator: "\n") + "\n"
        }
    }

    private static func json(_ session: Session, _ handle: FileHandle) throws {
        try handle.write(contentsOf: Data("[\n".utf8))
        var first = true
        try inChunks(session, to: handle) { rows in
            rows.map { row -> String in
                let fields = zip(columns, values(row)).map { name, value in
                    "\"\(name)\":" + (value.map { Double($0) == nil ? "\"\($0)\"" : $0 } ?? "null")
                }
                defer { first = false }
                return (first ? "  {" : ",\n  {") + fields.joined(separator: ",") + "}"
            }.joined()
        }
        try handle.write(contentsOf: Data("\n]\n".utf8))
    }

    /// Streams the tape 10 000 rows at a time, so memory stays flat however long it is.
    private static func inChunks(_ session: Session, to handle: FileHandle, _ render: ([TradeRow]) -> String) throws {
        var start = 1
        while start <= session.periods {
            let end = min(session.periods, start + 9_999)
            try handle.write(contentsOf: Data(render(session.rows(start...end)).utf8))
            start = end + 1
        }
    }

    /// A row's fields as text, full precision; nil for an empty field.
    private static func values(_ row: TradeRow) -> [String?] {
        func number(_ value: Double?) -> String? { value.flatMap { $0.isFinite ? "\($0)" : nil } }
        return [String(row.t), row.order.word, row.trader.tapeWord, number(row.price), number(row.bid), number(row.ask), number(row.spread),
                number(row.mid), number(row.pHigh), number(row.pEvent), number(row.pInformed), number(row.profit)]
    }

    /// Writes through a temporary file renamed over `path`; a device or pipe (`/dev/stdout`) is
    /// written directly, never replaced.
    private static func atomically(_ path: String, _ body: (FileHandle) throws -> Void) throws(ShellError) {
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        var status = stat()
        if stat(url.path, &status) == 0, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFDIR {
            guard let handle = FileHandle(forWritingAtPath: url.path) else { throw .cannotWrite(path, reason: "permission denied") }
            do {
                try body(handle)
                try handle.close()
            } catch {
                try? handle.close()
                throw .cannotWrite(path, reason: "the device refused the data (full?)")
            }
            return
        }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: temporary) else {
            throw .cannotWrite(path, reason: reason(for: url))
        }
        do {
            try body(handle)
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path, reason: "the disk refused the data (full?)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path, reason: reason(for: url))
        }
    }

    private static func reason(for url: URL) -> String {
        var isDirectory: ObjCBool = false
        let folder = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) { return "no folder \(folder)" }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue { return "it is a folder" }
        return "permission denied"
    }
}
