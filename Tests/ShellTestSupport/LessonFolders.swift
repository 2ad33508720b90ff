import Foundation
import ShellKit

/// The package's `lessons` folder: the lessons glosten ships.
public let shippedLessonsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons")

/// A library of a test's own: a new folder under the temporary folder holding `lessons`, each
/// `NAME.md` with its Markdown text.
public func lessonLibrary(_ lessons: [String: String]) throws -> LessonLibrary {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glosten-lessons-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in lessons {
        try text.write(to: folder.appendingPathComponent("\(name).md"), atomically: true, encoding: .utf8)
    }
    return LessonLibrary(folder: folder)
}
