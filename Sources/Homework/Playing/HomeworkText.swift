import ShellKit

/// What the homework says: where the student is, the code, the end.
enum HomeworkText {
    /// `homework`: each item, done or not, and the code so far.
    static func status(_ session: HomeworkSession) -> [Line] {
        var lines = [Line("homework \(session.assignment.id) version \(session.assignment.version), student \(session.student)", .heading)]
        for (i, item) in session.assignment.items.enumerated() {
            let done = HomeworkSession.isDone(session.record.items[i], item)
            let mark = done ? "done" : i == session.current ? "playing" : "to do"
            lines.append(Line("  \(i + 1). \(item.label)  \(mark)"))
        }
        return lines + code(session)
    }

    /// The code, with what it is for.
    static func code(_ session: HomeworkSession) -> [Line] {
        let done = session.record.items.indices.count {
            HomeworkSession.isDone(session.record.items[$0], session.assignment.items[$0])
        }
        return [
            Line("your code (\(done) of \(session.assignment.items.count) items done): \(session.code)", .heading),
            Line("paste it whole where your teacher asked; it holds your work, not just a score", .dim),
        ]
    }

    static func finished(_ session: HomeworkSession) -> [Line] {
        [Line("homework done: every item is finished", .heading)] + code(session)
    }
}

/// `homework code` in `--json`: the code and whose it is.
struct HomeworkCodeRecord: Encodable, Sendable {
    let assignment: String
    let version: Int
    let student: String
    let items: Int
    let items_done: Int
    let code: String

    init(_ session: HomeworkSession) {
        assignment = session.assignment.id
        version = session.assignment.version
        student = session.student
        items = session.assignment.items.count
        items_done = session.record.items.indices.count {
            HomeworkSession.isDone(session.record.items[$0], session.assignment.items[$0])
        }
        code = session.code
    }
}
