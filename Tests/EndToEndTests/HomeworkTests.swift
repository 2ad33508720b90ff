import Foundation
import Homework
import ModelRegistry
import ShellKit
import Testing

/// A student's homework through the real binary in two sessions, her code verified by the teacher's
/// `glosten verify`, with another student's, a cut one and an old version's refused.
@Suite struct HomeworkEndToEndTests {
    static let text = """
        # Three posteriors
        id e2e-posteriors
        version 1
        pass 50%
        model binary
        drill posterior count 3
        """

    /// P(V = high | order) by hand from the exercise's commands (Bayes' rule with
    /// P(buy | high) = μ + (1 − μ)γ, P(buy | low) = (1 − μ)γ; sells with 1 − γ).
    static func posterior(_ commands: [String]) -> Double {
        func value(_ name: String) -> Double {
            Double(commands.first { $0.hasPrefix("set \(name) ") }!.split(separator: " ")[2])!
        }
        let (theta, mu, gamma) = (value("prior"), value("mu"), value("gamma"))
        let buy = commands.last == "buy"
        let high = buy ? mu + (1 - mu) * gamma : (1 - mu) * (1 - gamma)
        let low = buy ? (1 - mu) * gamma : mu + (1 - mu) * (1 - gamma)
        return theta * high / (theta * high + (1 - theta) * low)
    }

    @Test func playedVerifiedAndRefused() throws {
        let folder = try shortScratchFolder("hw")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("p.txt").path
        try Self.text.write(toFile: file, atomically: true, encoding: .utf8)
        let assignment = try AssignmentParser.parse(Self.text, path: file)
        let seed = StudentDerivation.seed(assignment, student: "ada", item: 0)
        let answers = DrillSet(model: glostenModels.named("binary")!, kind: .posterior, seed: seed, count: 3)
            .exercises.map { Self.posterior($0.commands) }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = folder.appendingPathComponent("state").path
        environment["NO_COLOR"] = "1"

        // Session 1: exercise 1 right first time, exercise 2 right after a hint; then she leaves.
        let first = try run(
            arguments: ["homework", file, "--student", "Ada"],
            stdin: Data("\(answers[0])\nhint\n\(answers[1])\n".utf8), environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("drill posterior seed \(seed) count 3"))
        // Session 2 resumes at exercise 3: a wrong answer (0.2 off), then skip; the code is printed.
        let second = try run(
            arguments: ["homework", file, "--student", "ada", "--json"],
            stdin: Data("\(answers[2] + 0.2)\nskip\nhomework code\n".utf8), environment: environment)
        #expect(second.status == 0, "\(second.stderr)")
        let records = try jsonRecords(second)
        let codeRecord = try #require(records.first { $0["command"] as? String == "homework code" })
        let results = try #require(codeRecord["results"] as? [String: Any])
        let code = try #require(results["code"] as? String)
        #expect(results["items_done"] as? Int == 1)

        // 1 + ½ + 0 points of 3 = 50.0 %, which passes at 50 %.
        let cut = String(code.dropLast(2))
        let csv = "Student,Code\nada,\(code)\nbob,\(code)\neve,\(cut)\nmallory,\n"
        let codes = folder.appendingPathComponent("codes.csv").path
        try csv.write(toFile: codes, atomically: true, encoding: .utf8)
        let grades = folder.appendingPathComponent("grades.csv").path
        let verified = try run(arguments: ["verify", file, codes, "--out", grades], environment: environment)
        #expect(verified.status == 1)  // a bad row (mallory has no code), the rest graded
        #expect(verified.stderr.contains("\(codes):5: no code for mallory"))
        let rows = try String(contentsOfFile: grades, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(rows.count == 4)
        #expect(rows[1] == "ada,yes,,1,50.0,50.0,yes")
        #expect(rows[2] == "bob,no,the code was made under another student id,0,,0.0,no")
        #expect(rows[3].hasPrefix("eve,no,"))

        // Nothing is written over without --force.
        let again = try run(arguments: ["verify", file, codes, "--out", grades], environment: environment)
        #expect(again.status == 2 && again.stderr.contains("exists; give --force"))
        #expect(try String(contentsOfFile: grades, encoding: .utf8).split(separator: "\n").count == 4)

        // The teacher changes the assignment and raises its version: the old code is refused, and says why.
        try Self.text.replacingOccurrences(of: "version 1", with: "version 2").write(toFile: file, atomically: true, encoding: .utf8)
        let old = try run(arguments: ["verify", file, codes, "--json"], environment: environment)
        let first_ = try #require(try jsonRecords(old).first)
        #expect(first_["valid"] as? Bool == false)
        #expect((first_["why"] as? String)?.hasPrefix("the code is for version 1 of this assignment; the file is version 2") == true)
    }
}
