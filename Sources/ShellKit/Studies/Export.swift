/// The file formats of `export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, json, svg
}

/// A model's tape as `export` streams it: its columns, and its rows replayed one by one.
package protocol ExportableTape {
    /// The column names, in the order of each row's fields.
    static var columns: [String] { get }
    /// The number of periods on the tape.
    var periods: Int { get }
    /// Replays every period in order, handing each row's fields to `body`; `body` returns false to stop.
    func replayRows(_ body: ([ExportField]) -> Bool)
}

/// One field of an exported row, not yet written out.
package enum ExportField {
    case count(Int)
    case number(Double?)
    case word(String)
}

/// Renders a model's tape (CSV, JSON), a picture (SVG) or the commands (`save`) into the sink of a
/// `FileWriter`; the writer, which the executable owns, makes the file.
package enum Export {

    /// How many bytes are rendered before they are handed on (and `shouldStop` is asked).
    package static let chunkBytes = 1 << 18

    /// Writes `format` for the whole tape; returns the number of rows written. `shouldStop` is
    /// asked between chunks (a stop leaves no file); `progress` is told (rows done, rows in all).
    /// `picture` draws the SVG; nil for a model that has none (its `export` refuses svg first).
    package static func write<Tape: ExportableTape>(
        _ format: ExportFormat, of session: Tape, picture: (() -> String)?, to path: String,
        files: any FileWriter, shouldStop: () -> Bool,
        progress: (Int, Int) -> Void
    ) throws(ShellError) -> Int {
        // Done, stopped or failed, the progress bar is cleared before the reply is shown.
        defer { progress(session.periods, session.periods) }
        do {
            try files.write(to: path) { sink throws(WriteProblem) in
                switch format {
                case .csv, .json: try rows(format, of: session, to: sink, shouldStop: shouldStop, progress: progress)
                case .svg: try sink(Array((picture?() ?? "").utf8))
                }
            }
        } catch {
            throw .cannotWrite(path, reason: error)
        }
        return session.periods
    }

    /// `save FILE`: the commands that rebuild this session, replayable with `glosten FILE`.
    package static func save(_ journal: [String], to path: String, files: any FileWriter) throws(ShellError) {
        let text = "# glosten session: replay it with `glosten \(path)`\n" + journal.map { $0 + "\n" }.joined()
        do {
            try files.write(to: path) { sink throws(WriteProblem) in try sink(Array(text.utf8)) }
        } catch {
            throw .cannotWrite(path, reason: error)
        }
    }

    /// What `save` says it wrote, and what the replay depends on: a session that loaded days
    /// replays exactly only while the files it loads hold the same days.
    package static func saved(_ journal: [String], to path: String) -> String {
        let loaded = Array(Set(journal.filter { $0.hasPrefix("load ") }.map { String($0.dropFirst(5)) })).sorted()
        let replay = "wrote \(journal.count) commands to \(path); glosten \(path) replays this session exactly"
        switch loaded.count {
        case 0: return replay
        case 1: return replay + " while \(loaded[0]) is unchanged (it loads that file's days again)"
        default: return replay + " while the \(loaded.count) files it loads are unchanged (it reads their days again)"
        }
    }

    /// Streams the tape replayed period by period, a chunk at a time, so memory stays flat.
    private static func rows<Tape: ExportableTape>(
        _ format: ExportFormat, of session: Tape,
        to sink: (borrowing [UInt8]) throws(WriteProblem) -> Void,
        shouldStop: () -> Bool, progress: (Int, Int) -> Void
    ) throws(WriteProblem) {
        let columns = Tape.columns
        let keys = jsonKeys(columns)
        let json = format == .json
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunkBytes + 4096)
        buffer.append(contentsOf: (json ? "[\n" : columns.joined(separator: ",") + "\n").utf8)
        var failure: WriteProblem?
        var done = 0
        let total = session.periods
        session.replayRows { row in
            if json { appendJSON(row, keys: keys, first: done == 0, to: &buffer) } else { appendCSV(row, to: &buffer) }
            done += 1
            guard buffer.count >= chunkBytes else { return true }
            if shouldStop() {
                failure = .interrupted(partly: false)
                return false
            }
            do throws(WriteProblem) { try sink(buffer) } catch {
                failure = error
                return false
            }
            buffer.removeAll(keepingCapacity: true)
            progress(done, total)
            return true
        }
        if let failure { throw failure }
        if json { buffer.append(contentsOf: (done > 0 ? "\n]\n" : "]\n").utf8) }
        try sink(buffer)
    }

    private static func appendCSV(_ row: [ExportField], to buffer: inout [UInt8]) {
        for (index, field) in row.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            append(field, quoted: false, to: &buffer)
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    private static func appendJSON(_ row: [ExportField], keys: [[UInt8]], first: Bool, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: first ? jsonRowStart : jsonNextRowStart)
        for (index, field) in row.enumerated() {
            buffer.append(contentsOf: keys[index])
            append(field, quoted: true, to: &buffer)
        }
        buffer.append(UInt8(ascii: "}"))
    }

    private static let jsonRowStart = Array("  {".utf8), jsonNextRowStart = Array(",\n  {".utf8)
    /// `"t":`, `,"order":`, …: each column's key as JSON bytes, with the comma before all but the first.
    private static func jsonKeys(_ columns: [String]) -> [[UInt8]] {
        columns.enumerated().map { index, name in Array(((index > 0 ? "," : "") + "\"\(name)\":").utf8) }
    }

    /// Writes a field: a number in full (shortest round-trip) precision, a word (quoted in JSON),
    /// or nothing (`null` in JSON).
    private static func append(_ field: ExportField, quoted: Bool, to buffer: inout [UInt8]) {
        switch field {
        case .count(let value):
            var text = String(value)
            text.withUTF8 { buffer.append(contentsOf: $0) }
        case .number(let value?) where value.isFinite:
            var text = value.description
            text.withUTF8 { buffer.append(contentsOf: $0) }
        case .word(var word):
            if quoted { buffer.append(UInt8(ascii: "\"")) }
            word.withUTF8 { buffer.append(contentsOf: $0) }
            if quoted { buffer.append(UInt8(ascii: "\"")) }
        case .number:
            if quoted { buffer.append(contentsOf: "null".utf8) }
        }
    }
}

extension ExportableTape {
    /// `export csv|json FILE` for a model without a picture: the tape's rows, and the line that
    /// says how many were written.
    func exportedRows(_ format: ExportFormat, to path: String, context: ModelContext) throws(ShellError) -> ModelReply {
        let report = context.reportProgress
        let rows = try Export.write(
            format, of: self, picture: nil, to: path, files: context.files,
            shouldStop: context.shouldStop, progress: { report(.exporting, $0, $1) })
        return ModelReply([Line("wrote \(rows) rows to \(path)")])
    }
}
