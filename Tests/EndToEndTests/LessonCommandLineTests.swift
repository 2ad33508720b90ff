import Foundation
import Testing

/// The package's lessons folder.
private let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("lessons").path

/// Issue 10.16: `--lesson NAME` without a terminal says so and prints the lesson instead of
/// silently doing nothing; `--present` without one prints the slides.
@Test func lessonWithoutATerminal() throws {
    let result = try run(
        arguments: ["--lesson", "bayes"], environment: ["GLOSTEN_LESSONS": lessons, "PATH": "/usr/bin:/bin"])
    #expect(result.status == 0)
    #expect(
        result.stderr.contains("glosten: --lesson bayes without a terminal prints the whole lesson, as --play does"))
    #expect(result.stdout.contains("── step 1 of"))
    #expect(result.stdout.contains("The answer: P(V = high) = 0.7500."))
    #expect(!result.stdout.contains("Enter: next step"), "a recording offers keys that do nothing there")
    let present = try run(
        arguments: ["--lesson", "bayes", "--present"],
        environment: ["GLOSTEN_LESSONS": lessons, "PATH": "/usr/bin:/bin"])
    #expect(present.stderr.contains("--present needs a terminal; printing every slide instead"))
    #expect(present.stdout.contains("Question for the room: Predict P(V = high) after this step"))
}
