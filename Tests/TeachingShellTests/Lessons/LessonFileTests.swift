import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// Lesson files that cannot be read: the reason is a value, and ErrorText words it.
struct LessonFileTests {
    private func problem(reading path: String) -> LessonError? {
        do {
            _ = try LessonLibrary.read(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func unreadableFilesSayWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-files-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let latin1 = folder.appendingPathComponent("latin1.md").path
        #expect(FileManager.default.createFile(atPath: latin1, contents: Data([0x63, 0x61, 0x66, 0xE9])))
        let big = folder.appendingPathComponent("big.md").path
        #expect(FileManager.default.createFile(atPath: big, contents: Data(repeating: 0x61, count: (1 << 20) + 1)))
        let missing = folder.appendingPathComponent("missing.md").path
        let cases: [(String, Unreadable, String)] = [
            (missing, .cannotRead, "cannot read the file"),
            (folder.path, .notARegularFile, "not a regular file"),
            (big, .tooLarge(limit: 1 << 20), "larger than 1 MB"),
            (latin1, .notUTF8, "not UTF-8 text"),
        ]
        for (path, reason, words) in cases {
            let error = try #require(problem(reading: path), "\(path) was read")
            #expect(error == LessonError(path: path, line: nil, problem: .unreadable(reason)))
            #expect(error.message == "\(path): cannot read the lesson: \(words)")
        }
    }

    /// `lesson(named:)` throws one type: a lookup error for a bad or unknown name, a lesson error
    /// for a lesson that cannot be parsed; `lesson check` reports the second and goes on.
    @Test func lookupAndLessonErrorsAreTyped() throws {
        let library = LessonLibrary(shipped: [
            "good": "# Good\n\n```gm\nbuy\n```\n", "broken": "# Broken\n\n```gm\nbuy\n",
        ])
        #expect(throws: ShellError.lessonLookup(.badName("../x"))) { try library.lesson(named: "../x") }
        #expect(throws: ShellError.lessonLookup(.notFound("goo", suggestion: "good"))) {
            try library.lesson(named: "goo")
        }
        #expect(
            throws: ShellError.lesson(LessonError(path: "broken.md (built in)", line: 3, problem: .unterminatedBlock))
        ) {
            try library.lesson(named: "broken")
        }
        #expect(try library.lesson(named: "good").title == "Good")
        var shell = Interpreter.forTests(library: library)
        let answer = send(&shell, "lesson check")
        let reply = try #require(answer)
        #expect(reply.error == nil)
        #expect(reply.lines.contains { $0.plain == "broken.md (built in):3: this gm block is never closed with ```" })
    }
}
