import Foundation
import ShellKit

/// The students' homework codes between sessions: one JSON object `{key: code}` in the state
/// folder (`homework`), written atomically under the state folder's lock, merged with what other
/// shells saved meanwhile (each key is one student's one assignment: this shell's key wins, the
/// others are the file's). A file that cannot be read is never written over.
struct HomeworkFile {
    let path: String

    /// The file in the state folder, or nil when there is no state folder.
    static func inStateFolder() -> HomeworkFile? {
        StateFolder.path().map { HomeworkFile(path: $0 + "/homework") }
    }

    /// The code saved under `key`, if any.
    func load(_ key: String) -> String? {
        StateFolder.withLock(on: path) { (try? read())?[key] }
    }

    /// Saves `code` under `key`; the reason it could not, or nil.
    func save(_ code: String, key: String) -> String? {
        StateFolder.createFolder(of: path)
        return StateFolder.withLock(on: path) { () -> String? in
            guard var codes = try? read() else { return "\(path) cannot be read; the code was not saved there" }
            codes[key] = code
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            guard let bytes = try? Array(encoder.encode(codes)) else { return "the codes could not be encoded" }
            do throws(WriteProblem) {
                try AtomicFile.write(to: path, mode: 0o600) { sink throws(WriteProblem) in try sink(bytes) }
                return nil
            } catch {
                return "cannot write \(path): \(error.message)"
            }
        }
    }

    /// The saved codes; none when the file does not exist. Throws when it exists and is not a
    /// file of codes.
    private func read() throws -> [String: String] {
        switch StateFolder.kind(of: path) {
        case .none: return [:]
        case .other: throw CocoaError(.fileReadUnknown)
        case .regular:
            guard let data = FileManager.default.contents(atPath: path), data.count <= 4 * 1024 * 1024 else {
                throw CocoaError(.fileReadTooLarge)
            }
            return try JSONDecoder().decode([String: String].self, from: data)
        }
    }
}
