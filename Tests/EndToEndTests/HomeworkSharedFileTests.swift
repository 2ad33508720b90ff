import Foundation
import Homework
import Testing

/// Two shells, one homework file: a shell that opened its homework before others saved theirs
/// keeps their entries when it saves (HomeworkFile reads the file again under the state folder's
/// lock before each write), for another assignment and for the same one.
@Suite struct HomeworkSharedFileTests {
    @Test func aLaterSaveKeepsWhatOtherShellsSaved() throws {
        let folder = try shortScratchFolder("hws")
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = folder.path
        environment["NO_COLOR"] = "1"
        let file = folder.appendingPathComponent("glosten/homework").path

        // Shell A opens `drills` for ada and waits at her first exercise (its opening saves her record).
        let a = Process()
        a.executableURL = try Binary.located.get()
        a.arguments = ["homework", "drills", "--student", "ada"]
        a.environment = environment
        let input = Pipe()
        a.standardInput = input
        a.standardOutput = FileHandle.nullDevice
        a.standardError = FileHandle.nullDevice
        try a.run()
        let adaDrills = "homework-drills-v1-ada"
        var waited = 0
        while (try? codes(file))?[adaDrills] == nil, waited < 600 {
            usleep(100_000)
            waited += 1
        }
        let before = try #require(try codes(file)[adaDrills])

        // Meanwhile two other shells save: the same assignment for bob, another (games) for ada.
        for (arguments, typed) in [(["homework", "drills", "--student", "bob"], "skip\n"), (["homework", "games", "--student", "ada"], "")] {
            let other = try run(arguments: arguments, stdin: Data(typed.utf8), environment: environment)
            #expect(other.status == 0, "\(other.stderr)")
        }
        #expect(Set(try codes(file).keys) == [adaDrills, "homework-drills-v1-bob", "homework-games-v1-ada"])

        // Shell A now records a move (skip reveals exercise 1) and saves: the others' entries stay.
        input.fileHandleForWriting.write(Data("skip\n".utf8))
        try input.fileHandleForWriting.close()
        a.waitUntilExit()
        #expect(a.terminationStatus == 0)
        let after = try codes(file)
        #expect(Set(after.keys) == [adaDrills, "homework-drills-v1-bob", "homework-games-v1-ada"])
        #expect(after[adaDrills] != before)
        guard case .success(let record) = CodeFields.record(after[adaDrills] ?? ""),
            case .drill(_, let exercises) = record.items[0]
        else { Issue.record("ada's drills code does not read"); return }
        #expect(exercises.count == 1 && exercises[0].first == nil)
    }

    private func codes(_ path: String) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
