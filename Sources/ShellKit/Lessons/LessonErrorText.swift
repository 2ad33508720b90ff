import Foundation
import MarketCore

/// The lessons' error lines: ErrorText hands the lesson cases here, so each is worded in one file.
extension LessonError {
    public var message: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(problem.message)"
    }
}

extension LessonError.Problem {
    package var message: String {
        switch self {
        case .unreadable(let why): return "cannot read the lesson: \(why.message)"
        case .unterminatedBlock: return "this gm block is never closed with ```"
        case .unknownDirective(let word, let suggestion):
            return
                "unknown directive '# \(word)'\(suggestion.map { "; did you mean '# \($0)'?" } ?? ""); directives are \(DirectiveTable.words.joined(separator: ", "))"
        case .badExpectation(let text):
            return
                "cannot read '# expect \(text)'; write e.g. '# expect ask 103.10 ±0.01', '# expect closed' or '# expect error' (quantities: \(Quantity.shared.map(\.rawValue).joined(separator: ", ")) and the model's own)"
        case .badPrediction(let text):
            return
                "cannot read '# predict \(text)'; write e.g. '# predict ask ±0.05', '# predict p_high 0.65 ±0.01', '# predict direction spread widen' or '# predict choice b'"
        case .orphanHint(let word): return "'# \(word)' must follow a '# predict' in the same block"
        case .orphanOption: return "'# option' must follow a '# predict choice' in the same block"
        case .badOption(let text):
            return
                "cannot read '# option \(text)'; write a new letter and its text, e.g. '# option a  the spread widens'"
        case .choiceWithoutAnswer(let answer, let options):
            return
                "'# predict choice \(answer)' needs two '# option' lines or more, one of them labelled \(answer) (options here: \(options.isEmpty ? "none" : options.joined(separator: ", ")))"
        case .twoPredictions: return "a block holds one '# predict'; split the step in two"
        case .emptyDirective(let word): return "'# \(word)' needs its text after it"
        case .explanationApart:
            return
                "a second '# explain' apart from the first would replace it; write an explanation's lines one under another"
        case .noSteps: return "the lesson has no gm block to run"
        case .expectationFailed(let expectation, let actual):
            return "expected \(expectation.text), got \(actual)"
        case .predictionWrong(let quantity, let stated, let actual, let tolerance):
            return
                "the prediction's answer says \(quantity.rawValue) \(Format.number(stated)) ±\(Format.number(tolerance)), but the model gives \(Format.exact(actual))"
        case .directionWrong(let quantity, let stated, let actual):
            return
                "the prediction's answer says \(quantity.rawValue) moves \(stated.word(for: quantity)), but the model gives \(actual.map { $0.word(for: quantity) } ?? "an undefined value")"
        case .quantityNotInModel(let quantity, let model, let has):
            return
                "the \(model) model has no quantity '\(quantity.rawValue)'; its quantities are \(has.map(\.rawValue).joined(separator: ", "))"
        case .commandFailed(let command, let message): return "'\(neutralised(command))' failed: \(message)"
        case .commandNotAllowed(let command):
            return "'\(neutralised(command))' is not allowed inside a lesson: lessons may change and show the market only"
        case .nextWrittenInCourse(let named, let course):
            let player =
                course.map { "the player names the course's next lesson, \($0), at its end" }
                ?? "it is the last of the course, and the player names no next lesson"
            return
                "the lesson's last step names 'lesson \(neutralised(named))' as next; remove that line: \(player) (the models declare the course)"
        case .nextNotALesson(let name):
            return "the lesson's last step names 'lesson \(neutralised(name))' as next, but there is no lesson \(neutralised(name))"
        }
    }
}

extension Unreadable {
    package var message: String {
        switch self {
        case .cannotRead: return "cannot read the file"
        case .notARegularFile: return "not a regular file"
        case .tooLarge(let limit): return "larger than \(Format.number(Double(limit) / 1_048_576)) MB"
        case .notUTF8: return "not UTF-8 text"
        }
    }
}

extension Expectation {
    /// The expectation as the author wrote it, e.g. `ask 103.10 ±0.005`.
    package var text: String {
        switch self {
        case .value(let quantity, let value, let tolerance):
            "\(quantity.rawValue) \(Format.number(value)) ±\(Format.number(tolerance))"
        case .side(let side, let closed): "\(side == .market ? "" : side.rawValue + " ")\(closed ? "closed" : "open")"
        case .error: "an error"
        }
    }
}

extension LessonLookupError {
    package var message: String {
        switch self {
        case .badName(let name):
            return "'\(printable(name))' is not a lesson name: names are plain words like example-1 (no folders)"
        case .notFound(let name, let suggestion):
            return
                "no lesson named '\(printable(name))'\(suggestion.map { "; did you mean '\($0)'?" } ?? ""); type lesson to list them"
        case .noFolder: return "no lessons folder found; set GLOSTEN_LESSONS to the folder that holds the lessons"
        }
    }
}
