import Foundation
import GRDB

/// The class's event log: one SQLite file, written through GRDB in WAL mode with full
/// synchronisation, one row per record. A record is appended before anything about it is sent.
public final class EventLog: Sendable {
    private let queue: DatabaseQueue

    /// Opens (or creates) the log at `path`.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        }
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE IF NOT EXISTS events (
                        sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                        recorded TEXT NOT NULL,
                        record TEXT NOT NULL)
                    """)
        }
    }

    /// The journal mode SQLite reports (`wal` once opened).
    public func journalMode() throws -> String {
        try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Appends one record; returns once SQLite has committed it.
    public func append(_ record: HostRecord) throws { try append([record]) }

    /// Appends records in one transaction: all or none; returns once SQLite has committed them.
    public func append(_ records: [HostRecord]) throws {
        let encoder = JSONEncoder()
        let lines = try records.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let recorded = ISO8601DateFormatter().string(from: Date())
        try queue.write { db in
            for json in lines {
                try db.execute(sql: "INSERT INTO events (recorded, record) VALUES (?, ?)", arguments: [recorded, json])
            }
        }
    }

    /// Every record, in the order appended.
    public func records() throws -> [HostRecord] {
        let rows = try queue.read { db in try String.fetchAll(db, sql: "SELECT record FROM events ORDER BY sequence") }
        return try rows.map { try JSONDecoder().decode(HostRecord.self, from: Data($0.utf8)) }
    }
}
