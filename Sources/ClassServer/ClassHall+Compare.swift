import ClassRoom
import Foundation

/// `class compare FILE`: this class beside an earlier one, read from its export (CSV or JSON) or
/// from its event database (replayed through the engine).
extension ClassHall {
    /// What can be wrong with the earlier class's file: one line each.
    enum CompareProblem: Error {
        case missing(String)
        case unreadable(String)
        case notAClass(String)

        var line: String {
            let accepted = "give a file class export wrote (.csv or .json) or a class's event database (.sqlite)"
            switch self {
            case .missing(let path): return "class compare: there is no file \(path): \(accepted)"
            case .unreadable(let path): return "class compare: \(path) cannot be read: \(accepted)"
            case .notAClass(let path):
                return "class compare: \(path) is not a class's export or event database with a played round: \(accepted)"
            }
        }
    }

    func compare(with path: String) -> [String] {
        do {
            let rows = try Self.rows(ofEarlierClass: path)
            guard !rows.isEmpty, let earlier = Cohort(rows: rows) else { throw CompareProblem.notAClass(path) }
            guard let now = Cohort(rows: room.tradeRows() + room.makersRows()) else { return [] }
            let name = URL(fileURLWithPath: path).lastPathComponent
            return now.lines(beside: earlier, name: String(name.prefix(22)))
        } catch let problem as CompareProblem {
            return [problem.line]
        } catch {
            return [CompareProblem.unreadable(path).line]
        }
    }

    /// The earlier class's export rows: read from its export, or rebuilt from its event log.
    static func rows(ofEarlierClass path: String) throws -> [ExportRow] {
        guard FileManager.default.fileExists(atPath: path) else { throw CompareProblem.missing(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw CompareProblem.unreadable(path) }
        if data.starts(with: Data("SQLite format 3\0".utf8)) {
            let records: [HostRecord]
            do { records = try EventLog(path: path).records() } catch { throw CompareProblem.notAClass(path) }
            guard case .opened(let code)? = records.first else { throw CompareProblem.notAClass(path) }
            var room = ClassRoom(code: code, market: try HostMarket.open("binary"))
            for case .event(let event, let at) in records {
                do { _ = try room.apply(event, now: at) } catch { throw CompareProblem.notAClass(path) }
            }
            return room.tradeRows() + room.makersRows()
        }
        guard let text = String(data: data, encoding: .utf8), let rows = ExportRow.rows(of: text) else {
            throw CompareProblem.notAClass(path)
        }
        return rows
    }
}
