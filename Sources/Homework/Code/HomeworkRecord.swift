/// What a completion code carries: whose work, on which assignment, and what she did item by
/// item — enough for `verify` to replay it through the same engine and re-derive each score.
public struct HomeworkRecord: Equatable, Sendable {
    /// `StudentDerivation.assignmentTag(id)`.
    public var assignmentTag: UInt64
    public var version: Int
    /// `StudentDerivation.studentTag(student)`.
    public var studentTag: UInt64
    /// One per item of the assignment, in its order.
    public var items: [ItemRecord]

    public init(assignmentTag: UInt64, version: Int, studentTag: UInt64, items: [ItemRecord]) {
        (self.assignmentTag, self.version, self.studentTag, self.items) = (assignmentTag, version, studentTag, items)
    }

    /// An empty record of `assignment` for `student`: nothing done yet.
    public init(_ assignment: Assignment, student: String) {
        self.init(
            assignmentTag: StudentDerivation.assignmentTag(assignment.id), version: assignment.version,
            studentTag: StudentDerivation.studentTag(student),
            items: Array(repeating: .notStarted, count: assignment.items.count))
    }
}

/// One item's work.
public enum ItemRecord: Equatable, Sendable {
    case notStarted
    /// A lesson: how each of its questions settled, in order (`.open` for one not reached).
    case lesson([QuestionMark])
    /// A drill: the score it claims, and each exercise reached, in order.
    case drill(claimed: DrillClaim, exercises: [ExerciseRecord])
    /// A game (`maker compete`, `insider`): the score it claims in thousandths, whether its last
    /// round was played, and its moves (`GameMoves`).
    case game(claimed: Int, finished: Bool, moves: [[Int64?]])
}

/// A game's moves as a code keeps them: each number of a move to 1e-4 (the game is played with
/// the number so kept), written as its offset in 1e-4 units from the game's reference for that
/// move (the market maker's coming quote, the equilibrium insider's coming order), so that a move
/// near the reference takes a symbol or two. Nil: no quote on that side.
public enum GameMoves {
    /// `x` in 1e-4 units, as `RecordedAnswer` keeps numbers.
    public static func units(_ x: Double) -> Int64 {
        guard case .number(let units) = RecordedAnswer(number: x) else { return 0 }
        return units
    }

    /// The move's offsets from `reference` (a number with no reference is kept from 0).
    public static func offsets(_ move: [Double?], reference: [Double?]) -> [Int64?] {
        move.enumerated().map { i, x in
            x.map { units($0) &- units((i < reference.count ? reference[i] : nil) ?? 0) }
        }
    }

    /// The move's numbers back from its offsets and the reference.
    public static func numbers(_ offsets: [Int64?], reference: [Double?]) -> [Double?] {
        offsets.enumerated().map { i, d in
            d.map { Double($0 &+ units((i < reference.count ? reference[i] : nil) ?? 0)) / RecordedAnswer.scale }
        }
    }

    /// A score from 0 to 1 in thousandths, as a code claims it.
    public static func thousandths(_ score: Double) -> Int {
        Int((min(1, max(0, score)) * 1000).rounded())
    }
}

/// How a lesson's question settled (the lesson player's outcomes, and not yet).
public enum QuestionMark: Int, Equatable, Sendable, CaseIterable {
    case open, firstTry, later, revealed, peeked
}

/// What a drill item claims: exercises right first time and right after steps shown.
public struct DrillClaim: Equatable, Sendable {
    public var firstTry: Int
    public var later: Int

    public init(firstTry: Int, later: Int) {
        (self.firstTry, self.later) = (firstTry, later)
    }
}

/// One drill exercise as it was played: hints before the first answer, the first answer (nil
/// for skip), and how it settled after that.
public struct ExerciseRecord: Equatable, Sendable {
    public var hints: Int
    public var first: RecordedAnswer?
    public var settle: Settle

    public init(hints: Int, first: RecordedAnswer?, settle: Settle) {
        (self.hints, self.first, self.settle) = (hints, first, settle)
    }

    public enum Settle: Equatable, Sendable {
        /// The first answer (or skip) settled it.
        case byFirst
        /// Right later, with this answer.
        case later(RecordedAnswer)
        /// Revealed (skip, or the last wrong answer).
        case revealed
        /// Still open: the student stopped here.
        case open
    }
}

/// An answer as the code keeps it: a number to 1e-4 (the drill accepts ±0.01), or yes/no.
public enum RecordedAnswer: Equatable, Sendable {
    /// The number × 10 000, rounded.
    case number(Int64)
    case yes(Bool)

    /// The answer as the drill reads it.
    public var value: Double? {
        if case .number(let units) = self { return Double(units) / Self.scale }
        return nil
    }

    public static let scale = 10_000.0
    /// The largest magnitude kept (larger answers are kept at it: wrong either way).
    static let largestUnits: Int64 = 1 << 60

    /// A typed number, kept to 1e-4.
    public init(number x: Double) {
        let units = (x * Self.scale).rounded()
        self = .number(units.isFinite ? Int64(max(-Double(Self.largestUnits), min(Double(Self.largestUnits), units))) : Self.largestUnits)
    }
}
