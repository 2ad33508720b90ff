import ShellKit

/// A student's homework being played: the items in turn, each in the ordinary player (the lesson
/// player, the drill), her work recorded as it happens, the code on request and at the end.
///
/// A thin layer over the interpreter: a line is `homework …` (answered here) or goes to the
/// interpreter as it would without homework; what came back is then read for the record.
public struct HomeworkSession: Sendable {
    public let assignment: Assignment
    /// The student id, normalised.
    public let student: String
    public internal(set) var record: HomeworkRecord
    /// The item being played; `assignment.items.count` once all are done.
    public internal(set) var current: Int
    /// Whether the record changed since the caller last took `changed` (it then saves the code).
    public var changed = false

    /// A session for `student`, resumed from `saved` (a code this session wrote earlier) when it
    /// is one of this assignment's version for this student.
    public init(assignment: Assignment, student: String, saved: String?) {
        self.assignment = assignment
        self.student = StudentDerivation.normalised(student)
        var record = HomeworkRecord(assignment, student: student)
        if let saved, case .success(let old) = CodeFields.record(saved), old.assignmentTag == record.assignmentTag,
            old.version == record.version, old.studentTag == record.studentTag, old.items.count == record.items.count
        {
            record = old
        }
        self.record = record
        current = record.items.indices.first { !Self.isDone(record.items[$0], assignment.items[$0]) } ?? record.items.count
    }

    /// The key the progress store keeps this student's code under.
    public var key: String { "homework-\(assignment.id)-v\(assignment.version)-\(student)" }

    /// The code of the work so far.
    public var code: String { CodeFields.code(record) }

    public var isFinished: Bool { current >= assignment.items.count }

    /// The opening lines, and the first unfinished item started (or the code when all are done).
    public mutating func open(_ shell: inout Interpreter) -> [Line] {
        var lines = [Line("homework: \(assignment.title) (\(assignment.id), version \(assignment.version))", .heading)]
        lines.append(
            Line(
                "student \(student); \(assignment.items.count) item\(assignment.items.count == 1 ? "" : "s")\(assignment.due.map { ", due \($0)" } ?? ""); your numbers are drawn from your student id",
                .dim))
        lines.append(Line("homework shows where you are (and takes up an item you left), homework code the code for the work so far", .dim))
        return lines + (isFinished ? HomeworkText.finished(self) : startItem(&shell))
    }

    /// Runs one line: `homework` and `homework code` here, anything else in the shell, then
    /// records what it did and moves to the next item when this one is done.
    public mutating func run(line bytes: [UInt8], _ shell: inout Interpreter) -> Reply? {
        let text = String(decoding: bytes.prefix(Parser.maximumLineBytes), as: UTF8.self)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
        if words.first == "homework" { return own(Array(words.dropFirst()), text: text, &shell) }
        let before = shell.drills.play
        let move = isFinished ? nil : gameMove(text, shell)
        guard var reply = shell.run(line: move.map { Array($0.line.utf8) } ?? bytes) else { return nil }
        guard !isFinished else { return reply }
        if let move, reply.record.error == nil {
            keep(move)
        } else if observe(reply, before: before, shell) {
            changed = true
        }
        if Self.isDone(record.items[current], assignment.items[current]), Self.reachedEnd(shell) {
            reply.lines += finishItem(&shell)
        }
        return reply
    }

    /// `homework`: where she is, and the item taken up again if she had left its player;
    /// `homework code`: the code. Anything else: what is accepted.
    private mutating func own(_ words: [String], text: String, _ shell: inout Interpreter) -> Reply {
        var reply = Reply(lines: [], record: Record(command: text, session: shell.session.model, step: nil))
        switch words {
        case []:
            reply.lines = HomeworkText.status(self)
            if !isFinished, !isOpen(shell) { reply.lines += startItem(&shell) }
        case ["code"]:
            reply.lines = HomeworkText.code(self)
            reply.record.results = .model(ModelResults(HomeworkCodeRecord(self)))
        default:
            let message = "homework takes nothing or code, not '\(words.joined(separator: " "))'; homework shows where you are, homework code the code"
            reply.lines = [Line(message, .error)]
            reply.record.error = message
        }
        return reply
    }

    /// Starts item `current` in the shell: its model and settings, then the item's own command.
    private mutating func startItem(_ shell: inout Interpreter) -> [Line] {
        let item = assignment.items[current]
        var lines = [Line("── item \(current + 1) of \(assignment.items.count): \(item.label) ──", .heading)]
        var setup: [String] = []
        let command: String
        switch item.work {
        case .lesson(let name):
            command = "lesson \(name)"
        case .drill(let kind, let count):
            setup = StudentDerivation.setup(assignment, student: student, item: item, opening: shell.shell.models.opening)
            let seed = StudentDerivation.seed(assignment, student: student, item: current)
            command = ["drill", kind, "seed \(seed)", "count \(count)"].compactMap { $0 }.joined(separator: " ")
        case .maker, .insider:
            setup = StudentDerivation.setup(assignment, student: student, item: item, opening: shell.shell.models.opening)
            command = GameReplay.command(item, seed: StudentDerivation.seed(assignment, student: student, item: current))
        }
        for line in setup {
            if let reply = shell.run(line: Array(line.utf8)), reply.error != nil { lines += reply.lines }
        }
        if let reply = shell.run(line: Array(command.utf8)) { lines += reply.lines }
        switch (record.items[current], item.work) {
        case (.notStarted, .drill):
            record.items[current] = .drill(claimed: DrillClaim(firstTry: 0, later: 0), exercises: [])
            changed = true
        case (.notStarted, .maker), (.notStarted, .insider):
            record.items[current] = .game(claimed: 0, finished: false, moves: [])
            changed = true
        case (.game(_, _, let moves), _) where !moves.isEmpty:
            lines += resumeGame(moves, &shell)
        default:
            break
        }
        return lines
    }

    /// The item is done: leave its player, say so, and start the next (or show the code).
    private mutating func finishItem(_ shell: inout Interpreter) -> [Line] {
        if shell.lessons.play != nil { _ = shell.run(line: Array("lesson quit".utf8)) }
        var lines = [Line("homework: item \(current + 1) of \(assignment.items.count) done", .heading)]
        current += 1
        changed = true
        lines += isFinished ? HomeworkText.finished(self) : startItem(&shell)
        return lines
    }

    /// Whether the current item is open in its player (she may have left it with quit).
    func isOpen(_ shell: Interpreter) -> Bool {
        switch assignment.items[current].work {
        case .lesson(let name): shell.lessons.play?.lesson.name == name
        case .drill: shell.drills.play?.set.seed == StudentDerivation.seed(assignment, student: student, item: current)
        case .maker, .insider: isHomeworkGame(shell)
        }
    }

    /// Whether a lesson being played has run its last step (the narration after its last
    /// question is read before the next item starts); true when no lesson is open.
    static func reachedEnd(_ shell: Interpreter) -> Bool {
        guard let play = shell.lessons.play else { return true }
        return play.isLastStep && play.ran
    }

    /// Whether an item's record shows it finished.
    static func isDone(_ record: ItemRecord, _ item: AssignmentItem) -> Bool {
        switch (record, item.work) {
        case (.lesson(let marks), _): !marks.isEmpty && !marks.contains(.open)
        case (.drill(_, let exercises), .drill(_, let count)):
            exercises.count == count && exercises.last?.settle != .open
        case (.game(_, let finished, _), _): finished
        default: false
        }
    }
}
