import ModelRegistry
import ShellKit
import Testing

@testable import Homework

/// `verify` replays a code: right answers for this student verify; another student's code,
/// an altered score, another version, a changed symbol do not.
@Suite struct VerifyTests {
    static let text = """
        # Posteriors
        id posteriors
        version 1
        pass 50%
        model binary
        drill posterior count 4
        """
    static let assignment = try! AssignmentParser.parse(text, path: "p.txt")
    static let verifier = Verifier(assignment: assignment, models: glostenModels, lessonQuestions: { _ in nil })

    /// P(V = high | order) by hand from the exercise's own commands (`set prior 0.6`, `set mu 0.3`,
    /// `set gamma 0.5`, then `buy` or `sell`): Bayes' rule with P(buy | high) = μ + (1 − μ)γ,
    /// P(buy | low) = (1 − μ)γ, and the sell likelihoods with 1 − γ.
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

    /// The student's own exercises, as the drill deals them from her seed.
    static func exercises(of student: String) -> [Exercise] {
        DrillSet(
            model: glostenModels.named("binary")!, kind: .posterior,
            seed: StudentDerivation.seed(assignment, student: student, item: 0), count: 4
        ).exercises
    }

    /// A record of `student` answering every exercise right first time, by hand.
    static func allRight(_ student: String) -> HomeworkRecord {
        var record = HomeworkRecord(assignment, student: student)
        let answers = exercises(of: student).map { ExerciseRecord(hints: 0, first: RecordedAnswer(number: posterior($0.commands)), settle: .byFirst) }
        record.items = [.drill(claimed: DrillClaim(firstTry: 4, later: 0), exercises: answers)]
        return record
    }

    @Test func rightAnswersVerify() {
        let grade = Self.verifier.grade(student: "ada", code: CodeFields.code(Self.allRight("ada")))
        #expect(grade.problem == nil)
        #expect(grade.items.map(\.points) == [4])
        #expect(grade.total == 1 && grade.passed && grade.done == 1)
    }

    /// Ada's code handed in under Bob's id; and Ada's answers re-encoded under Bob's fingerprint.
    @Test func anotherStudentsCodeIsRejected() {
        let ada = Self.allRight("ada")
        #expect(Self.verifier.grade(student: "bob", code: CodeFields.code(ada)).problem == .otherStudent)
        // Bob's exercises are not Ada's, so her answers do not fit them.
        let adaAnswers = Self.exercises(of: "ada").map { Self.posterior($0.commands) }
        let bobAnswers = Self.exercises(of: "bob").map { Self.posterior($0.commands) }
        #expect(zip(adaAnswers, bobAnswers).contains { abs($0 - $1) > 0.01 })
        var forged = ada
        forged.studentTag = StudentDerivation.studentTag("bob")
        let grade = Self.verifier.grade(student: "bob", code: CodeFields.code(forged))
        // The first of Ada's answers that is wrong for Bob's exercise does not settle it, while the
        // record says it did: the replay cannot have come from this record.
        let firstWrong = zip(adaAnswers, bobAnswers).enumerated().first { abs($0.element.0 - $0.element.1) > 0.01 }!.offset
        #expect(grade.problem == .impossible(item: 1, label: "drill posterior count 4", exercise: firstWrong + 1))
        #expect(!grade.passed && grade.total == 0)
    }

    /// One answer made wrong (by 0.05), the claim left at four right first time: the replay gives three.
    @Test func alteredScoreIsRejected() {
        var record = Self.allRight("ada")
        guard case .drill(let claimed, var answers) = record.items[0] else { return }
        let right = Self.posterior(Self.exercises(of: "ada")[2].commands)
        answers[2] = ExerciseRecord(hints: 0, first: RecordedAnswer(number: right + 0.05), settle: .revealed)
        record.items[0] = .drill(claimed: claimed, exercises: answers)
        let grade = Self.verifier.grade(student: "ada", code: CodeFields.code(record))
        #expect(grade.problem == .notReproduced(item: 1, label: "drill posterior count 4", claimed: DrillClaim(firstTry: 4, later: 0), replayed: DrillClaim(firstTry: 3, later: 0)))
        #expect(grade.total == 0 && !grade.passed)
        // The honest claim for the same work verifies at 3 of 4.
        record.items[0] = .drill(claimed: DrillClaim(firstTry: 3, later: 0), exercises: answers)
        let honest = Self.verifier.grade(student: "ada", code: CodeFields.code(record))
        #expect(honest.problem == nil && honest.items[0].points == 3)
        #expect(GradeTable.percent(honest.total) == "75.0")
    }

    /// A hint before a right answer makes it "later" (½ point); an answer claimed first-try after a hint is not.
    @Test func hintMakesItLater() {
        var record = Self.allRight("ada")
        guard case .drill(_, var answers) = record.items[0] else { return }
        answers[0].hints = 1
        record.items[0] = .drill(claimed: DrillClaim(firstTry: 3, later: 1), exercises: answers)
        let grade = Self.verifier.grade(student: "ada", code: CodeFields.code(record))
        #expect(grade.problem == nil && grade.items[0].points == 3.5)
    }

    @Test func oldVersionIsRejectedWithReason() {
        var next = Self.assignment
        next.version = 2
        let verifier = Verifier(assignment: next, models: glostenModels, lessonQuestions: { _ in nil })
        let grade = verifier.grade(student: "ada", code: CodeFields.code(Self.allRight("ada")))
        #expect(grade.problem == .otherVersion(code: 1, file: 2))
        #expect(grade.problem?.message.hasPrefix("the code is for version 1 of this assignment; the file is version 2") == true)
    }

    @Test func otherAssignmentAndChangedSymbolAreRejected() {
        var other = Self.assignment
        other.id = "something-else"
        let code = CodeFields.code(Self.allRight("ada"))
        #expect(Verifier(assignment: other, models: glostenModels, lessonQuestions: { _ in nil }).grade(student: "ada", code: code).problem == .otherAssignment)
        var symbols = Array(code)
        symbols[7] = symbols[7] == "A" ? "B" : "A"
        #expect(Self.verifier.grade(student: "ada", code: String(symbols)).problem == .code(.checksum))
        #expect(Self.verifier.grade(student: "ada", code: String(code.dropLast(3))).valid == false)
    }

    /// A partial code: two exercises done, the third open. Verifies, with 2 points of 4, not done.
    @Test func partialCodeVerifies() {
        var record = Self.allRight("ada")
        guard case .drill(_, let answers) = record.items[0] else { return }
        var part = Array(answers.prefix(3))
        part[2].settle = .open
        part[2].first = RecordedAnswer(number: -1)
        record.items[0] = .drill(claimed: DrillClaim(firstTry: 2, later: 0), exercises: part)
        let grade = Self.verifier.grade(student: "ada", code: CodeFields.code(record))
        #expect(grade.problem == nil && grade.items[0].points == 2 && !grade.items[0].done)
    }

    @Test func codesCSVGradesGoodRowsAndListsBadOnes() {
        let csv = CodesCSV("Student,Code\nada,ABCDE\n,XYZ\nbob\n\"carl, jr\",\"Q\"\"R\"\nADA,ZZZ\n\"open\n")
        #expect(csv.rows.map(\.line) == [2, 5])
        #expect(csv.rows[1].student == "carl, jr" && csv.rows[1].code == "Q\"R")
        #expect(csv.bad.map(\.line) == [3, 4, 6, 7])
        #expect(csv.bad[2].reason == "ada has a code on line 2 already; the first is graded")
    }
}
