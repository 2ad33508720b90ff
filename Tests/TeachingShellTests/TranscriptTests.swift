import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// Golden transcripts: each file in Transcripts/ holds commands (`> buy`) followed by the exact
/// text the shell prints for them. Run with GLOSTEN_RECORD=1 to re-record after an intended change,
/// then read the diff before committing it.
struct TranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Transcripts")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted()
    }

    @Test("transcript matches", arguments: names)
    func transcript(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let recorded = try String(contentsOf: url, encoding: .utf8)
        let replayed = Self.replay(recorded)
        if ProcessInfo.processInfo.environment["GLOSTEN_RECORD"] == "1" {
            try replayed.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(replayed == recorded, "transcript \(name) differs; GLOSTEN_RECORD=1 re-records it")
    }

    @Test func thereAreTranscripts() {
        #expect(Self.names.count >= 5)
    }

    /// Runs the `> ` lines of a transcript through a fresh interpreter and writes the transcript anew.
    /// Lines before the first command starting with `#` are kept as the transcript's description.
    static func replay(_ transcript: String) -> String {
        var interpreter = Interpreter.forTests()
        var out = ""
        var started = false
        for line in transcript.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("> ") {
                started = true
                let command = line.dropFirst(2)
                out += line + "\n"
                if let reply = send(&interpreter, command) {
                    out += reply.plainText
                }
            } else if !started {
                out += line + "\n"
            }
        }
        return out.hasSuffix("\n\n") ? String(out.dropLast()) : out
    }
}
