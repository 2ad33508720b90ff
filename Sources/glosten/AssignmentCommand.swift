import ArgumentParser
import Foundation
import Homework
import ModelRegistry
import ShellKit

/// `glosten assignment check FILE…`: validates assignments as `lesson check` validates lessons.
struct AssignmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glosten assignment",
        abstract: "Work with assignment files (homework that grades itself).",
        discussion: "An assignment file, one line each:\n" + assignmentDirectives.map { "  \($0.usage): \($0.meaning)" }.joined(separator: "\n")
            + "\nShipped: " + ShippedAssignments.all.map(\.name).joined(separator: ", ") + ". See Documentation/Homework.md.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read each assignment and check every name it uses; fail with FILE:LINE for any problem.")

        @Argument(help: "Assignment files, or names of shipped assignments.")
        var files: [String]

        mutating func run() throws {
            let output = Output(json: false, colour: false)
            guard !files.isEmpty else { throw ValidationError("give at least one assignment file") }
            var failed = 0
            for file in files {
                switch AssignmentFiles.load(file) {
                case .failure(let refusal):
                    output.fail(refusal.line)
                    failed += 1
                case .success(let assignment):
                    let problems = AssignmentFiles.problems(assignment)
                    problems.forEach(output.fail)
                    if problems.isEmpty {
                        if let warning = assignment.sameForEveryoneWarning { output.fail(warning) }
                        output.raw(
                            "\(file): ok: \(assignment.id) version \(assignment.version), \(assignment.items.count) item\(assignment.items.count == 1 ? "" : "s"), pass \(GradeTable.percent(assignment.passMark))%\n"
                        )
                    } else {
                        failed += 1
                    }
                }
            }
            if failed > 0 {
                output.fail("\(failed) of \(files.count) assignment\(files.count == 1 ? "" : "s") failed")
                throw ExitCode(1)
            }
        }
    }
}

/// `glosten verify FILE codes.csv`: grades the codes a class handed in, by replaying them.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glosten verify",
        abstract: "Grade completion codes by replaying each through the same engine.",
        discussion: """
            codes.csv holds a student id and a code a row (a header naming `student` and `code` columns, \
            as an LMS exports it, or those two columns first). The grade CSV (stdout, or --out) has, per \
            student: whether the code is valid and why not, the items done, each item's score, the total \
            and whether it passes. Bad rows are listed on stderr with their line numbers (exit status 1) \
            and the good ones are graded.
            """
    )

    @Argument(help: "The assignment file (or a shipped assignment's name).")
    var assignment: String

    @Argument(help: "The CSV of student ids and codes.")
    var codes: String

    @Option(help: ArgumentHelp("Write the grade CSV here instead of standard output.", valueName: "grades.csv"))
    var out: String?

    @Flag(help: "Write over --out when it exists.")
    var force = false

    @Flag(help: "One JSON record per student instead of CSV.")
    var json = false

    mutating func run() throws {
        let output = Output(json: false, colour: false)
        let loaded = try AssignmentFiles.checked(assignment, output: output)
        if let out, !force, FileManager.default.fileExists(atPath: out) {
            output.fail("glosten: \(out) exists; give --force to write over it")
            throw ExitCode(2)
        }
        let text: String
        switch AssignmentFiles.readText(codes, limit: 64 * 1024 * 1024) {
        case .success(let read): text = read
        case .failure(let reason):
            output.fail("glosten: cannot read \(codes): \(reason.line)")
            throw ExitCode(2)
        }
        let csv = CodesCSV(text)
        let counts = AssignmentFiles.lessonQuestions(loaded)
        let verifier = Verifier(assignment: loaded, models: glostenModels, lessonQuestions: { counts[$0] })
        let grades = verifier.grades(
            csv.rows.map { ($0.student, $0.code) }, threads: ProcessInfo.processInfo.activeProcessorCount)
        let body: String
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            body = grades.map { String(decoding: (try? encoder.encode(GradeRecord($0))) ?? Data(), as: UTF8.self) + "\n" }.joined()
        } else {
            body = GradeTable.csv(grades, assignment: loaded)
        }
        if let out {
            do {
                try AtomicFile.write(to: out) { sink throws(WriteProblem) in try sink(Array(body.utf8)) }
            } catch {
                output.fail("glosten: cannot write \(out): \(error.message)")
                throw ExitCode(2)
            }
        } else {
            output.raw(body)
        }
        for row in csv.bad { output.fail("\(codes):\(row.line): \(row.reason)") }
        let valid = grades.count(where: \.valid)
        output.fail(
            "glosten: \(grades.count) code\(grades.count == 1 ? "" : "s") graded, \(valid) valid, \(grades.count(where: \.passed)) passed\(csv.bad.isEmpty ? "" : "; \(csv.bad.count) bad row\(csv.bad.count == 1 ? "" : "s") not graded")\(out.map { "; written to \($0)" } ?? "")"
        )
        if !csv.bad.isEmpty { throw ExitCode(1) }
    }
}
