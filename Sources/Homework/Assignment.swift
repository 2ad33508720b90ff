/// An assignment: what a teacher hands out, read from a short text file (`AssignmentParser`).
///
/// Its items are played one after another; the numbers a student meets in them derive from the
/// assignment's id and version and her student id (`StudentDerivation`).
public struct Assignment: Sendable, Equatable {
    /// The first `# ` line.
    public var title: String
    /// `id bayes-week-1`: lower-case letters, digits and hyphens; with the version it names the
    /// assignment in every completion code.
    public var id: String
    /// `version 2`: a changed assignment gets a new version, and old codes are then refused.
    public var version: Int
    /// `due Friday 17:00`: shown to the student, never checked.
    public var due: String?
    /// `pass 60%`: the share of the total score that passes, from 0 to 1.
    public var passMark: Double
    /// The items, in the order they are played.
    public var items: [AssignmentItem]
    /// The file it was read from, for messages.
    public var path: String

    public init(
        title: String, id: String, version: Int, due: String?, passMark: Double, items: [AssignmentItem], path: String
    ) {
        (self.title, self.id, self.version, self.due, self.passMark, self.items, self.path) =
            (title, id, version, due, passMark, items, path)
    }
}

/// One item of an assignment, with the model it is played under and the settings before it.
public struct AssignmentItem: Sendable, Equatable {
    public var work: Work
    /// `model NAME` in force for the item (nil: the shell's opening model).
    public var model: String?
    /// The `set` lines in force for the item, in order; each may offer several values, one of
    /// which is drawn per student.
    public var settings: [Setting]
    /// The item's line in the file.
    public var line: Int

    public init(work: Work, model: String?, settings: [Setting], line: Int) {
        (self.work, self.model, self.settings, self.line) = (work, model, settings, line)
    }

    /// What is to be done.
    public enum Work: Sendable, Equatable {
        /// `lesson NAME`: a lesson, played as `lesson NAME` plays it.
        case lesson(String)
        /// `drill [KIND] count N`: N drill exercises of the model, from the student's own seed.
        case drill(kind: String?, count: Int)
        /// `maker compete|monopoly rounds N`: the market-maker game, from the student's own seed.
        case maker(rule: String, rounds: Int)
        /// `insider`: Kyle's insider game (under `model kyle`), from the student's own seed.
        case insider
    }

    /// `set mu 0.2 0.3 0.4`: a parameter and the values it may take.
    public struct Setting: Sendable, Equatable {
        public var name: String
        public var values: [String]
        public var line: Int

        public init(name: String, values: [String], line: Int) {
            (self.name, self.values, self.line) = (name, values, line)
        }
    }

    /// `lesson bayes`, `drill quote count 5`, `maker compete rounds 10`, `insider`: as written.
    public var label: String {
        switch work {
        case .lesson(let name): "lesson \(name)"
        case .drill(let kind, let count): ["drill", kind, "count \(count)"].compactMap { $0 }.joined(separator: " ")
        case .maker(let rule, let rounds): "maker \(rule) rounds \(rounds)"
        case .insider: "insider"
        }
    }
}

extension Assignment {
    /// True when every item is a lesson: nothing in it is dealt from the student's id.
    public var lessonsOnly: Bool { items.allSatisfy { if case .lesson = $0.work { true } else { false } } }

    /// What of the assignment is the student's own, for its opening line: drills and games are
    /// dealt from her id, a lesson's numbers are written in its text.
    public var dealing: String {
        if lessonsOnly { return "its lessons' numbers are the same for every student" }
        if items.contains(where: { if case .lesson = $0.work { true } else { false } }) {
            return "your drills' and games' numbers are drawn from your student id (the lessons' are the same for everyone)"
        }
        return "your numbers are drawn from your student id"
    }
}
