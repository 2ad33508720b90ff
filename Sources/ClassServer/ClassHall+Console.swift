import ClassRoom
import Foundation
import ShellKit

/// The teacher's console commands, as the hall runs them.
extension ClassHall {
    /// Runs one console command from the teacher's shell; returns the lines to show her.
    public func console(_ command: ClassCommand) -> [String] {
        do {
            switch command {
            case .open(let market, _, _):
                return ["the class is open: students type the code \(code); class roster shows who joined"]
                    + (market.map { [ClassRoom.describe($0)] } ?? [])
            case .start(let game, let rounds, let seed, let market):
                guard let kind = ClassGame(rawValue: game) else { return ["class start takes trade or makers"] }
                var generator = SystemRandomNumberGenerator()
                let drawn = seed ?? UInt64.random(in: 1...999_999, using: &generator)
                let lines = try perform(.start(GameSetup(game: kind, rounds: rounds ?? 10, seed: drawn, market: market)))
                return lines + (seed == nil ? ["seed \(drawn) (class start \(game) seed \(drawn) replays this nature)"] : [])
            case .pause: return try perform(.pause)
            case .resume: return try perform(.resume)
            case .next: return try perform(.next)
            case .reveal: return try perform(.reveal)
            case .stop: return try perform(.stop)
            case .message(let text): return try perform(.message(text))
            case .roster: return room.console(.roster)
            case .league: return room.console(.league)
            case .kick(let name):
                guard let seat = seats.taken.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                    return ["no student is named \(name): class roster lists them"]
                }
                return try perform(.kick(seat: seat.number))
            case .export(let path):
                return [try export(to: path)]
            case .compare(let path):
                return compare(with: path)
            case .close:
                exit(0)
            }
        } catch let refusal as ClassRefusal {
            return [refusal.text]
        } catch {
            return [HostText.line(.notRecorded)]
        }
    }

    /// Writes the games' rows (CSV, or JSON when `path` ends in `.json`) and the grades beside
    /// them (`NAME.grades.csv`).
    private func export(to path: String) throws -> String {
        let rows = room.tradeRows() + room.makersRows()
        let grades = room.grades()
        let url = URL(fileURLWithPath: path)
        if path.hasSuffix(".json") {
            let objects = rows.map { Dictionary($0.fields.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a }) }
            try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        } else {
            try ExportRow.csv(rows).write(to: url, atomically: true, encoding: .utf8)
        }
        let gradesURL = url.deletingPathExtension().appendingPathExtension("grades.csv")
        try ExportRow.csv(grades.map(\.row)).write(to: gradesURL, atomically: true, encoding: .utf8)
        return "wrote \(rows.count) rows to \(path) and \(grades.count) grades to \(gradesURL.path)"
    }
}
