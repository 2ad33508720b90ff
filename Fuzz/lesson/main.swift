import FuzzSupport
import ModelRegistry
import ShellKit

/// libFuzzer entry: a lesson file into the lesson parser and, when it parses, the checker,
/// which runs every block. A malformed lesson must be an error, never a crash.
func fuzzLesson(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let lesson = try? Lesson.parse(text, name: "fuzz", path: "fuzz.md") else { return 0 }
    let report = LessonChecker.check(lesson, models: glostenModels, shouldStop: { true })
    _ = report.lines
    return 0
}

runFuzzer { data, size in fuzzLesson(data, size) }
