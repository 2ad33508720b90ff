import Foundation
import Testing
@testable import TeachingShell

/// The progress file: written atomically; a corrupt or unwritable one warns and the shell goes on.
struct ProgressFileTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glosten-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func roundTrip() throws {
        let store = FileProgressStore(path: try folder().appendingPathComponent("state/progress").path)
        let progress = ["bayes": LessonProgress(step: 2, total: 5, done: false)]
        #expect(store.save(progress) == nil)
        let loaded = store.load()
        #expect(loaded.progress == progress && loaded.warning == nil)
    }

    @Test func corruptFileStartsFresh() throws {
        let path = try folder().appendingPathComponent("progress").path
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path))
        let loaded = FileProgressStore(path: path).load()
        #expect(loaded.progress.isEmpty)
        #expect(loaded.warning == "the lesson progress file \(path) is unreadable or corrupt; starting fresh")
    }

    /// A failed save leaves the earlier file intact (temporary file, then rename): here the
    /// temporary file's name is taken by a folder, so writing it fails even for root.
    @Test func failedSaveKeepsTheOldFile() throws {
        let dir = try folder()
        let store = FileProgressStore(path: dir.appendingPathComponent("progress").path)
        let before = ["bayes": LessonProgress(step: 1, total: 5, done: false)]
        #expect(store.save(before) == nil)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(".progress-\(getpid())"), withIntermediateDirectories: false)
        let warning = store.save(["bayes": LessonProgress(step: 4, total: 5, done: false)])
        #expect(warning == "could not save lesson progress to \(store.path); earlier progress is kept")
        #expect(store.load().progress == before)
    }

    @Test func unwritablePlaceWarns() {
        let store = FileProgressStore(path: "/proc/glosten-no/progress")
        #expect(store.save(["x": LessonProgress(step: 0, total: 1, done: true)]) == "could not save lesson progress to /proc/glosten-no/progress; earlier progress is kept")
    }
}
