/// A `HomeworkRecord` as the fields of a code, and back: one table of radices, read and
/// written in the same order.
public enum CodeFields {
    /// The record layout's number; a code of another layout is refused as malformed. Layout 2
    /// added games (a fourth kind of item); codes of layout 1 are still read.
    static let format: UInt64 = 2
    static let formatRadix: UInt64 = 4
    public static let assignmentRadix: UInt64 = 31 * 31 * 31
    static let versionRadix = UInt64(AssignmentSyntax.largestVersion + 1)
    public static let studentRadix: UInt64 = 31 * 31 * 31 * 31 * 31 * 31
    static let itemsRadix = UInt64(AssignmentSyntax.largestItems + 1)
    static let questionsRadix: UInt64 = 64
    static let countRadix = UInt64(AssignmentSyntax.largestCount + 1)
    static let hintsRadix: UInt64 = 8

    /// The code of `record`.
    public static func code(_ record: HomeworkRecord) -> String {
        var w = MixedRadixWriter()
        w.write(format, radix: formatRadix)
        w.write(record.assignmentTag, radix: assignmentRadix)
        w.write(UInt64(record.version), radix: versionRadix)
        w.write(record.studentTag, radix: studentRadix)
        w.write(UInt64(record.items.count), radix: itemsRadix)
        for item in record.items {
            switch item {
            case .notStarted:
                w.write(0, radix: kindRadix)
            case .lesson(let marks):
                w.write(1, radix: kindRadix)
                w.write(UInt64(min(marks.count, Int(questionsRadix) - 1)), radix: questionsRadix)
                for mark in marks.prefix(Int(questionsRadix) - 1) { w.write(UInt64(mark.rawValue), radix: 5) }
            case .drill(let claimed, let exercises):
                w.write(2, radix: kindRadix)
                w.write(UInt64(claimed.firstTry), radix: countRadix)
                w.write(UInt64(claimed.later), radix: countRadix)
                w.write(UInt64(exercises.count), radix: countRadix)
                for exercise in exercises {
                    w.write(UInt64(min(exercise.hints, Int(hintsRadix) - 1)), radix: hintsRadix)
                    write(exercise.first, to: &w)
                    switch exercise.settle {
                    case .byFirst: w.write(0, radix: 4)
                    case .later(let answer):
                        w.write(1, radix: 4)
                        write(answer, to: &w)
                    case .revealed: w.write(2, radix: 4)
                    case .open: w.write(3, radix: 4)
                    }
                }
            case .game(let claimed, let finished, let moves):
                w.write(3, radix: kindRadix)
                w.write(UInt64(min(max(claimed, 0), 1000)), radix: 1001)
                w.write(finished ? 1 : 0, radix: 2)
                w.writeVarint(UInt64(moves.count))
                w.write(UInt64(min(moves.first?.count ?? 1, 2)), radix: 3)
                for move in moves {
                    for offset in move.prefix(2) {
                        guard let offset else {
                            w.write(0, radix: 2)
                            continue
                        }
                        w.write(1, radix: 2)
                        w.writeVarint(zigzag(offset))
                    }
                }
            }
        }
        return CompletionCode.text(payload: w.digits)
    }

    /// The record a code carries, or why it carries none.
    public static func record(_ code: String) -> Result<HomeworkRecord, CodeProblem> {
        switch CompletionCode.payload(of: code) {
        case .failure(let problem): return .failure(problem)
        case .success(let payload):
            return read(payload).map(Result.success) ?? .failure(.malformed)
        }
    }

    private static func read(_ payload: [Int]) -> HomeworkRecord? {
        var r = MixedRadixReader(digits: payload)
        let layout = r.read(radix: formatRadix)
        guard layout == 1 || layout == format else { return nil }
        let kinds: UInt64 = layout == 1 ? 3 : kindRadix
        let tag = r.read(radix: assignmentRadix)
        let version = Int(r.read(radix: versionRadix))
        let student = r.read(radix: studentRadix)
        let count = Int(r.read(radix: itemsRadix))
        var items: [ItemRecord] = []
        for _ in 0..<count {
            switch r.read(radix: kinds) {
            case 0: items.append(.notStarted)
            case 1:
                let n = Int(r.read(radix: questionsRadix))
                items.append(.lesson((0..<n).map { _ in QuestionMark(rawValue: Int(r.read(radix: 5))) ?? .open }))
            case 3:
                guard let game = readGame(&r) else { return nil }
                items.append(game)
            default:
                let claimed = DrillClaim(firstTry: Int(r.read(radix: countRadix)), later: Int(r.read(radix: countRadix)))
                let n = Int(r.read(radix: countRadix))
                var exercises: [ExerciseRecord] = []
                for _ in 0..<n {
                    let hints = Int(r.read(radix: hintsRadix))
                    guard case .some(let first) = readAnswer(&r) else { return nil }
                    let settle: ExerciseRecord.Settle
                    switch r.read(radix: 4) {
                    case 0: settle = .byFirst
                    case 1:
                        guard case .some(let answer?) = readAnswer(&r) else { return nil }
                        settle = .later(answer)
                    case 2: settle = .revealed
                    default: settle = .open
                    }
                    exercises.append(ExerciseRecord(hints: hints, first: first, settle: settle))
                }
                items.append(.drill(claimed: claimed, exercises: exercises))
            }
        }
        // Anything left over is not a record this layout wrote.
        guard r.isExhausted, version >= 1 else { return nil }
        return HomeworkRecord(assignmentTag: tag, version: version, studentTag: student, items: items)
    }

    /// The kinds of item: not started, lesson, drill, game.
    static let kindRadix: UInt64 = 4

    /// A game item after its kind; nil when its numbers overrun.
    private static func readGame(_ r: inout MixedRadixReader) -> ItemRecord? {
        let claimed = Int(r.read(radix: 1001))
        let finished = r.read(radix: 2) == 1
        guard let count = r.readVarint(), count <= UInt64(AssignmentSyntax.largestRounds) else { return nil }
        let width = Int(r.read(radix: 3))
        var moves: [[Int64?]] = []
        for _ in 0..<count {
            var move: [Int64?] = []
            for _ in 0..<width {
                if r.read(radix: 2) == 0 {
                    move.append(nil)
                } else {
                    guard let z = r.readVarint() else { return nil }
                    move.append(unzigzag(z))
                }
            }
            moves.append(move)
        }
        return .game(claimed: claimed, finished: finished, moves: moves)
    }

    private static func zigzag(_ x: Int64) -> UInt64 { UInt64(bitPattern: (x << 1) ^ (x >> 63)) }
    private static func unzigzag(_ z: UInt64) -> Int64 { Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1) }

    /// An answer, or nil for skip: 0 skip, 1 a number (zig-zag, varint), 2 yes/no.
    private static func write(_ answer: RecordedAnswer?, to w: inout MixedRadixWriter) {
        switch answer {
        case nil: w.write(0, radix: 3)
        case .number(let units)?:
            w.write(1, radix: 3)
            w.writeVarint(zigzag(units))
        case .yes(let said)?:
            w.write(2, radix: 3)
            w.write(said ? 1 : 0, radix: 2)
        }
    }

    /// `.some(nil)` for skip, `.some(answer)`, or nil when the number overruns.
    private static func readAnswer(_ r: inout MixedRadixReader) -> RecordedAnswer?? {
        switch r.read(radix: 3) {
        case 0: return .some(nil)
        case 1:
            guard let zigzag = r.readVarint() else { return nil }
            return .some(.number(unzigzag(zigzag)))
        default: return .some(.yes(r.read(radix: 2) == 1))
        }
    }
}
