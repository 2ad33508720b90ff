import ShellKit

/// Grades completion codes against an assignment by replaying each: the drills through the drill
/// checker with the student's own seeds, the lessons against the lessons' questions.
public struct Verifier: Sendable {
    public let assignment: Assignment
    let models: ModelCatalog
    /// The number of questions of a lesson, by name; nil for a lesson not found.
    let lessonQuestions: @Sendable (String) -> Int?

    public init(assignment: Assignment, models: ModelCatalog, lessonQuestions: @escaping @Sendable (String) -> Int?) {
        (self.assignment, self.models, self.lessonQuestions) = (assignment, models, lessonQuestions)
    }

    /// The grade of `code` handed in by `student`.
    public func grade(student: String, code: String) -> Grade {
        var grade = Grade(student: student, problem: nil, items: [], passMark: assignment.passMark)
        switch CodeFields.record(code) {
        case .failure(let problem):
            grade.problem = .code(problem)
        case .success(let record):
            grade.problem = headerProblem(record, student: student)
            if grade.problem == nil {
                (grade.items, grade.problem) = replay(record, student: student)
            }
        }
        return grade
    }

    private func headerProblem(_ record: HomeworkRecord, student: String) -> GradeProblem? {
        if record.assignmentTag != StudentDerivation.assignmentTag(assignment.id) { return .otherAssignment }
        if record.version != assignment.version { return .otherVersion(code: record.version, file: assignment.version) }
        if record.studentTag != StudentDerivation.studentTag(student) { return .otherStudent }
        if record.items.count != assignment.items.count {
            return .items(code: record.items.count, file: assignment.items.count)
        }
        return nil
    }

    /// Each item's grade, and the first problem met.
    private func replay(_ record: HomeworkRecord, student: String) -> ([ItemGrade], GradeProblem?) {
        var grades: [ItemGrade] = []
        var problem: GradeProblem?
        for (index, (item, work)) in zip(assignment.items, record.items).enumerated() {
            let result = replay(item, work, index: index, student: student)
            grades.append(result.grade)
            if problem == nil { problem = result.problem }
        }
        return (grades, problem)
    }

    private func replay(
        _ item: AssignmentItem, _ work: ItemRecord, index: Int, student: String
    ) -> (grade: ItemGrade, problem: GradeProblem?) {
        let number = index + 1
        var grade = ItemGrade(label: item.label, done: false, points: 0, questions: 0)
        switch (item.work, work) {
        case (.lesson(let name), .notStarted):
            grade.questions = lessonQuestions(name) ?? 0
            return (grade, nil)
        case (.lesson(let name), .lesson(let marks)):
            let questions = lessonQuestions(name) ?? 0
            grade.questions = questions
            guard marks.count == questions else {
                return (grade, .lessonQuestions(item: number, code: marks.count, lesson: questions))
            }
            grade.points = Double(marks.count(where: { $0 == .firstTry })) + Double(marks.count(where: { $0 == .later })) / 2
            grade.done = !marks.contains(.open)
            return (grade, nil)
        case (.drill(_, let count), .notStarted):
            grade.questions = count
            return (grade, nil)
        case (.drill(let kind, let count), .drill(let claimed, let exercises)):
            grade.questions = count
            let model = item.model.flatMap(models.named) ?? models.opening
            let seed = StudentDerivation.seed(assignment, student: student, item: index)
            let replayed = DrillReplay.replay(
                model: model, kind: kind.flatMap { DrillKind.named($0, in: model) }, seed: seed, count: count, exercises: exercises)
            switch replayed {
            case .failure(let impossible):
                return (grade, .impossible(item: number, label: item.label, exercise: impossible.exercise))
            case .success(let outcome):
                grade.points = Double(outcome.claim.firstTry) + Double(outcome.claim.later) / 2
                grade.done = outcome.finished
                if outcome.claim != claimed {
                    return (grade, .notReproduced(item: number, label: item.label, claimed: claimed, replayed: outcome.claim))
                }
                return (grade, nil)
            }
        case (.maker, .notStarted), (.insider, .notStarted):
            grade.questions = 1
            return (grade, nil)
        case (.maker, .game(let claimed, let finished, let moves)), (.insider, .game(let claimed, let finished, let moves)):
            grade.questions = 1
            let seed = StudentDerivation.seed(assignment, student: student, item: index)
            let setup = StudentDerivation.setup(assignment, student: student, item: item, opening: models.opening)
            guard let shell = GameReplay.start(item, setup: setup, seed: seed, models: models) else {
                return (grade, .impossible(item: number, label: item.label, exercise: 1))
            }
            switch GameReplay.replay(shell, moves: moves) {
            case .failure(let impossible):
                return (grade, .impossibleMove(item: number, label: item.label, move: impossible.move))
            case .success(let outcome):
                grade.points = Double(outcome.score) / 1000
                grade.done = outcome.finished
                if outcome.finished != finished {
                    return (grade, .impossibleMove(item: number, label: item.label, move: max(moves.count, 1)))
                }
                if outcome.score != claimed {
                    return (grade, .scoreNotReproduced(item: number, label: item.label, claimed: claimed, replayed: outcome.score))
                }
                return (grade, nil)
            }
        default:
            return (grade, .itemKind(item: number, label: item.label))
        }
    }
}
