/// The wording of the homework's errors, in one place.
extension AssignmentError {
    /// `FILE:LINE: what is wrong; what is accepted`.
    public var message: String {
        (line > 0 ? "\(path):\(line): " : "\(path): ") + problem.message
    }
}

extension Assignment {
    /// `assignment check`'s one-line warning for an assignment of lessons only, whose numbers are
    /// the same for every student; nil when an item (a drill, a game) is dealt from her id.
    public var sameForEveryoneWarning: String? {
        guard items.allSatisfy({ if case .lesson = $0.work { true } else { false } }) else { return nil }
        return "\(path): warning: every item is a lesson, and a lesson's numbers are the same for every student (answers can be shared); add a drill or a game for numbers drawn from each student's id"
    }
}

extension AssignmentProblem {
    public var message: String {
        switch self {
        case .noTitle:
            "an assignment starts with its title, # TITLE"
        case .unknownDirective(let word):
            "'\(clipped(word))' is not a line of an assignment; a line starts with # (title or comment) or one of: \(AssignmentSyntax.words)"
        case .badValue(let word, let text):
            "\(word) cannot take '\(clipped(text))'; accepted: \(Self.usage(word))"
        case .repeated(let word):
            "\(word) is given twice; an assignment has one \(word) line"
        case .missing(let word):
            "no \(word) line; accepted: \(Self.usage(word))"
        case .noItems:
            "no items; add at least one of lesson NAME, drill [KIND] count N, maker compete rounds N, insider"
        case .tooManyItems(let n):
            "\(n) items; an assignment holds at most \(AssignmentSyntax.largestItems)"
        case .unknownModel(let name, let accepted):
            "no model '\(clipped(name))'; accepted: \(accepted.joined(separator: ", "))"
        case .unknownLesson(let name, let accepted):
            "no lesson '\(clipped(name))'; accepted: \(accepted.joined(separator: ", "))"
        case .unknownDrillKind(let kind, let model, let accepted):
            "'\(clipped(kind))' is not a kind of \(model)-model drill; accepted: \(accepted.joined(separator: ", "))"
        case .noDrills(let model):
            "the \(model) model has no drills; put a model line with drills above this item"
        case .notInModel(let verb, let model):
            "\(verb) is not played under the \(model) model; put a model line above this item"
        case .gameNotYet(let verb):
            "\(verb) is not graded as homework by this version; accepted games: maker compete rounds N, insider (under model kyle)"
        case .gameTooLong(let n):
            "the game has \(n) rounds; a homework game has at most \(AssignmentSyntax.largestRounds) (set auctions lower)"
        case .badSetting(let value, let reason):
            "set … \(clipped(value)) is refused by the shell: \(reason)"
        case .unreadable(let reason):
            reason
        }
    }

    /// `drill [KIND] count N (N exercises …)`: the directive's form and meaning.
    static func usage(_ word: String) -> String {
        guard let directive = AssignmentSyntax.directive(word) else { return AssignmentSyntax.words }
        return "\(directive.usage) (\(directive.meaning))"
    }

    /// A word as typed, cut to a readable length.
    private func clipped(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}
