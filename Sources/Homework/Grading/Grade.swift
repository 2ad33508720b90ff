/// One student's grade: whether the code holds, why not, and each item's score as the replay gives it.
public struct Grade: Equatable, Sendable {
    public var student: String
    /// Nil for a valid code.
    public var problem: GradeProblem?
    /// One per item of the assignment (empty when the code could not be read).
    public var items: [ItemGrade]
    public var passMark: Double

    public var valid: Bool { problem == nil }
    /// Items finished.
    public var done: Int { items.count(where: \.done) }
    /// The mean of the items' scores, from 0 to 1; 0 for an invalid code.
    public var total: Double {
        guard valid, !items.isEmpty else { return 0 }
        return items.map(\.score).reduce(0, +) / Double(items.count)
    }
    public var passed: Bool { valid && total >= passMark - 1e-12 }
}

/// One item's score: points (1 right first time, ½ right later, 0 revealed or not reached) out
/// of its questions.
public struct ItemGrade: Equatable, Sendable {
    public var label: String
    public var done: Bool
    public var points: Double
    public var questions: Int

    public var score: Double { questions == 0 ? 0 : points / Double(questions) }
}

/// Why a code does not count.
public enum GradeProblem: Equatable, Sendable {
    /// Not readable: a symbol outside the alphabet, a failed check, a cut code.
    case code(CodeProblem)
    /// The code is for another assignment.
    case otherAssignment
    /// The code is for another version of this assignment.
    case otherVersion(code: Int, file: Int)
    /// The code was made under another student id.
    case otherStudent
    /// The code's items are not this assignment's (count or kind).
    case items(code: Int, file: Int)
    case itemKind(item: Int, label: String)
    /// A lesson's question count differs from the lesson's (the lesson changed).
    case lessonQuestions(item: Int, code: Int, lesson: Int)
    /// The replay does not give the claimed score, or the record cannot have been played.
    case notReproduced(item: Int, label: String, claimed: DrillClaim, replayed: DrillClaim)
    case impossible(item: Int, label: String, exercise: Int)
    /// A game's replayed score (thousandths) is not the one the code claims.
    case scoreNotReproduced(item: Int, label: String, claimed: Int, replayed: Int)
    /// A game's move the game refuses (or one past its end).
    case impossibleMove(item: Int, label: String, move: Int)
}

extension GradeProblem {
    /// One line for the grade file's `why` column.
    public var message: String {
        switch self {
        case .code(let problem): problem.message
        case .otherAssignment: "the code is for another assignment"
        case .otherVersion(let code, let file):
            "the code is for version \(code) of this assignment; the file is version \(file) (the student must redo it, or verify against version \(code))"
        case .otherStudent: "the code was made under another student id"
        case .items(let code, let file): "the code has \(code) items; the assignment has \(file)"
        case .itemKind(let item, let label): "item \(item) (\(label)) is recorded as another kind of work"
        case .lessonQuestions(let item, let code, let lesson):
            "item \(item): the code answers \(code) questions; the lesson now has \(lesson)"
        case .notReproduced(let item, let label, let claimed, let replayed):
            "item \(item) (\(label)) claims \(claimed.firstTry) right first time and \(claimed.later) later; the replay gives \(replayed.firstTry) and \(replayed.later)"
        case .impossible(let item, let label, let exercise):
            "item \(item) (\(label)), exercise \(exercise): the recorded answers cannot have been played"
        case .scoreNotReproduced(let item, let label, let claimed, let replayed):
            "item \(item) (\(label)) claims a score of \(GradeTable.percent(Double(claimed) / 1000))%; replaying its moves gives \(GradeTable.percent(Double(replayed) / 1000))%"
        case .impossibleMove(let item, let label, let move):
            "item \(item) (\(label)), move \(move): the game refuses it, so the recorded moves cannot have been played"
        }
    }
}

extension CodeProblem {
    public var message: String {
        switch self {
        case .notInAlphabet(let c):
            "'\(c)' is not in a code's alphabet (2–9 and the letters without I, L, O); a mistyped code"
        case .tooShort(let n): "\(n) symbols is too short for a code"
        case .checksum: "the check symbols do not match: a mistyped or altered code"
        case .length(let stated, let found):
            "the code is cut or lengthened: it states \(stated) symbols of record and has \(found)"
        case .malformed: "the symbols check but do not read as a homework record"
        }
    }
}
