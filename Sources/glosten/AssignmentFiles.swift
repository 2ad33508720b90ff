import ArgumentParser
import Foundation
import Homework
import ModelRegistry
import ShellKit

/// Where the executable finds assignments and the lessons they name: a file, or the name of one
/// shipped in the program (`bayes`, `examples`, `drills`).
enum AssignmentFiles {
    /// The assignment at `path`, read and checked; otherwise its problems said, one a line, and
    /// exit status 2 (for `verify` and `homework`).
    static func checked(_ path: String, output: Output) throws -> Assignment {
        let loaded: Assignment
        switch load(path) {
        case .failure(let refusal):
            output.fail(refusal.line)
            throw ExitCode(2)
        case .success(let a): loaded = a
        }
        let found = problems(loaded)
        guard found.isEmpty else {
            found.forEach(output.fail)
            throw ExitCode(2)
        }
        return loaded
    }

    /// The assignment at `source` (a file, else a shipped name), or the line saying why not.
    static func load(_ source: String) -> Result<Assignment, Refusal> {
        let text: String
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: source, isDirectory: &isFolder)
        // A shipped name is read from the program unless a file (not a folder) of that name is here.
        if exists, !isFolder.boolValue || ShippedAssignments.text(source) == nil {
            switch readText(source, limit: AssignmentParser.largestFile) {
            case .success(let read): text = read
            case .failure(let reason): return .failure(Refusal(line: "glosten: cannot read \(source): \(reason.line)"))
            }
        } else if let shipped = ShippedAssignments.text(source) {
            text = shipped
        } else {
            let names = ShippedAssignments.all.map(\.name).joined(separator: ", ")
            return .failure(Refusal(line: "glosten: no file \(source), and no shipped assignment of that name (\(names))"))
        }
        do throws(AssignmentError) {
            return .success(try AssignmentParser.parse(text, path: source))
        } catch {
            return .failure(Refusal(line: error.message))
        }
    }

    /// The assignment's problems beyond its syntax (names the shell does not know), as lines.
    static func problems(_ assignment: Assignment) -> [String] {
        AssignmentChecker.problems(assignment, models: glostenModels, lessons: library.names).map(\.message)
    }

    /// The lessons folder (or the shipped lessons) the shell itself would use.
    static var library: LessonLibrary {
        LessonLibrary.find(
            executable: CommandLine.arguments[0], environment: ProcessInfo.processInfo.environment,
            shipped: shippedLessons) ?? LessonLibrary(shipped: shippedLessons)
    }

    /// The number of questions of each lesson the assignment names.
    static func lessonQuestions(_ assignment: Assignment) -> [String: Int] {
        let library = library
        var counts: [String: Int] = [:]
        for item in assignment.items {
            if case .lesson(let name) = item.work, let lesson = try? library.lesson(named: name) {
                counts[name] = lesson.steps.count(where: { $0.prediction != nil })
            }
        }
        return counts
    }

    /// A text file of at most `limit` bytes, as UTF-8.
    static func readText(_ path: String, limit: Int) -> Result<String, Refusal> {
        do throws(ReadProblem) {
            let bytes = try FileSystemWriter().read(from: path, limit: limit)
            guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(Refusal(line: "not UTF-8 text")) }
            return .success(text)
        } catch {
            return .failure(Refusal(line: error.message))
        }
    }

    /// Why an assignment or a file could not be read: one line.
    struct Refusal: Error {
        let line: String
    }
}
