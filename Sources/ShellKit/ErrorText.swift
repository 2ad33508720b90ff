import Foundation
import MarketCore

/// The one place that turns an error into the line the learner reads: what is wrong, and what is accepted.
extension ShellError {
    public var message: String {
        switch self {
        case .lineTooLong(let limit):
            return "line too long: a command line has at most \(limit) bytes"
        case .nulByte(let column):
            return "line holds a NUL byte at column \(column); commands are plain text"
        case .invalidUTF8(let column):
            return "line is not valid UTF-8 (bad byte at column \(column)); commands are plain UTF-8 text"
        case .controlCharacter(let scalar, let column):
            return "line holds the control character \(codePoint(scalar)) at column \(column); commands are plain text"
        case .unknownVerb(let word, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "unknown command '\(printable(word))'; \(hint)type help for the list"
        case .missingArgument(let verb, let usage):
            return "\(verb) needs more: usage \(usage)\(verb == "set" ? " (see params for the names)" : "")"
        case .extraArguments(let verb, let usage, let extra):
            return "\(verb) does not take '\(printable(extra.joined(separator: " ")))': usage \(usage)"
        case .badCount(let verb, let text, let accepted):
            return
                "\(verb) needs a whole number from \(accepted.lowerBound) to \(accepted.upperBound), not '\(printable(text))'"
        case .badChoice(let verb, let text, let choices):
            return "\(verb) takes \(choices.joined(separator: ", ")), not '\(printable(text))'"
        case .unknownParameter(let name, let suggestion, let names):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "no parameter named '\(printable(name))'; \(hint)names: \(names.joined(separator: ", "))"
        case .notANumber(let name, let text, let accepts):
            return "\(name) takes \(accepts); '\(printable(text))' is not a number (write 0.3 or 1/3)"
        case .badTruth(let text, let accepts):
            return "truth takes \(accepts), not '\(printable(text))'"
        case .badSeed(let text):
            return "seed takes a whole number from 0 to \(UInt64.max), not '\(printable(text))'"
        case .unknownTopic(let topic, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? " } ?? ""
            return "no help on '\(printable(topic))'; \(hint)type help for the verbs and topics"
        case .refusal(let refusal):
            return refusal.error.message
        case .nothingToUndo(let noneYet):
            return "nothing to undo: \(noneYet ?? "the market is at t = 0")"
        case .interrupted(let done, let total):
            return "interrupted after \(done) of \(total) arrivals; nothing was changed"
        case .interruptedWorking(let what):
            return "interrupted while working out \(what); nothing was changed"
        case .cannotWrite(let path, let reason):
            return "cannot write \(printable(path)): \(reason.message)"
        case .badSimulation(let problem, let model):
            return "simulate: \(problem.message); usage \(SimulationSyntax.usage(under: model))"
        case .notInModel(let verb, let model, let instead):
            return "\(verb) is not part of the \(model.rawValue) model: \(instead)"
        case .badDrill, .noDrill, .drillAndLesson, .drillDuringGame:
            return drillMessage
        case .makerNeedsPriceResponse(let how):
            return "maker monopoly needs uninformed traders who respond to price: \(how); or play maker compete"
        case .makerQuote(let line), .homeworkRefused(let line):
            return line
        case .classNeedsHost:
            return "class needs a hosted class: run `glosten host`, or type class open in the interactive shell"
        case .noGame(let ownGames):
            var starters =
                MakerRule.allCases.map { "maker \($0.rawValue)" }
                + ownGames.map { "(under model \($0.models.joined(separator: " or "))) \($0.verb)" }
            let last = starters.removeLast()
            return "no game is being played: \(starters.joined(separator: ", ")) or \(last) starts one"
        case .lessonDuringGame(let position):
            return "a game is being played (\(position)): finish it, or leave it (quit), before starting a lesson"
        case .gameTakesTheInput(let verb, let position, let waiting):
            return
                "the game (\(position)) has the input, so \(verb) does not go to \(waiting): finish the game or leave it (quit), then \(waiting) goes on"
        case .lesson(let error):
            return error.message
        case .brokenPromise(let error, let lesson):
            return "this lesson's promise does not hold: \(error.message) (lesson check \(lesson) lists every one)"
        case .lessonLookup(let error):
            return error.message
        case .noLessonPlaying(let verb):
            return "\(verb) works inside a lesson, and none is playing; type lesson to list them"
        case .firstStep:
            return "this is the lesson's first step; restart plays it again"
        case .nothingToSkip:
            return "there is no prediction to skip at this step; Enter or next goes on"
        case .noQuestion:
            return "no question is open at this step, so there is no hint; Enter or next goes on"
        case .notAnAnswer(let text, let accepts):
            return
                "'\(printable(text))' is neither an answer nor a command: answer with \(accepts), or type skip, hint or again"
        case .notAllowedInLesson(let command):
            return "'\(printable(command))' is not allowed inside a lesson: lessons may change and show the market only"
        }
    }
}

extension SimulationProblem {
    package var message: String {
        switch self {
        case .missingValue(let key): "\(printable(key)) needs a value"
        case .notWhole(let key, let text, let range):
            "\(key) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(printable(text))'"
        case .badTruth(let text, let accepts): "truth takes \(accepts), not '\(printable(text))'"
        case .badDistance(let text): "distance takes a number above 0, not '\(printable(text))'"
        case .unknownKey(let key):
            "unknown setting '\(printable(key))' (\(SimulationSyntax.keys.joined(separator: ", ")))"
        case .tooManyArrivals: "sessions × trades is at most 10^10 arrivals in one study"
        }
    }
}

/// Names a control character by its code point, e.g. U+001B.
private func codePoint(_ scalar: UInt32) -> String {
    let digits = String(scalar, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

/// A learner's word echoed back, cut short if long.
package func printable(_ text: String) -> String {
    neutralised(text.count > 40 ? String(text.prefix(40)) + "…" : text)
}

/// `text` whole, its control and bidirectional characters shown as `<U+XXXX>` (for a name the
/// reader must find, such as where a file was moved).
func neutralised(_ shown: String) -> String {
    guard shown.unicodeScalars.contains(where: { PlainText.isControlOrBidi($0.value) }) else { return shown }
    // Shown as U+XXXX: raw, a control character drives the terminal and a bidirectional one
    // (U+202E) reverses the rest of the line.
    return shown.unicodeScalars.map { PlainText.isControlOrBidi($0.value) ? "<\(unicodeName($0.value))>" : String($0) }.joined()
}

/// `U+202E`: a character named by its code point.
package func unicodeName(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}

extension WriteProblem {
    /// The problem and what became of the file: nothing was written unless a device or pipe took part of it.
    public var message: String {
        switch self {
        case .readerGone(true), .interrupted(true): return reason + "; what was sent before stays sent"
        default: return reason + "; nothing was written"
        }
    }

    /// The problem alone.
    public var reason: String {
        switch self {
        case .noFolder(let folder): return "no folder \(printable(folder))"
        case .notAFolder(let part): return "\(printable(part)) is a file, not a folder"
        case .isAFolder: return "it is a folder"
        case .endsInSlash: return "a name ending in / is a folder, and there is none; give a file name"
        case .nameTooLong(let limit): return "the name is longer than \(limit) bytes"
        case .symbolicLink(let target):
            return
                "it is a symbolic link (to \(printable(target))); glosten does not write through links: name the file itself"
        case .readOnly: return "the file is write-protected, so it is not replaced"
        case .folderNotWritable(let folder): return "no permission to create files in \(printable(folder))"
        case .full(let device): return "the \(device ? "device" : "disk") refused the data (full?)"
        case .noReader: return "interrupted while waiting for a reader to open the FIFO"
        case .readerGone: return "the reader stopped reading"
        case .interrupted: return "interrupted"
        case .noFiles: return "this shell writes no files"
        case .system(let code): return String(cString: strerror(code)).lowercased()
        }
    }
}

extension StateFileWarning {
    public var message: String {
        switch self {
        case .historyUnreadable(let path):
            return
                "the history file \(printable(path)) is not a libedit history, so it is left as it is; this session's lines are kept in memory only"
        case .historyNotAFile(let path):
            return "the history file \(printable(path)) is not a regular file; this session's lines will not be kept"
        case .historyUnwritable(let path, let problem):
            return
                "could not write the history file \(printable(path)) (\(problem.reason)); this session's lines will not be kept"
        case .progressUnreadable(let kind, let path, let movedTo):
            return "the \(kind.fileName) \(printable(path)) is unreadable or corrupt; \(Self.setAside(movedTo))"
        case .progressTooLarge(let kind, let path, let limit, let movedTo):
            return
                "the \(kind.fileName) \(printable(path)) is larger than \(limit / 1024) KB, more than progress ever needs; \(Self.setAside(movedTo))"
        case .progressNotAFile(let kind, let path):
            return "the \(kind.fileName) \(printable(path)) is not a regular file; progress will not be kept"
        case .progressUnwritable(let kind, let path, let problem):
            return
                "could not save \(kind.progress) to \(printable(path)) (\(problem.reason)); earlier progress is kept"
        }
    }

    /// What became of a progress file that could not be read.
    private static func setAside(_ movedTo: String?) -> String {
        movedTo.map { "moved it to \(neutralised($0)) and starting fresh" }
            ?? "could not move it aside, so it is left as it is and this session's progress will not be saved"
    }
}

extension ProgressFileKind {
    /// "the lesson progress file", "the drill progress file".
    var fileName: String { "\(progress) file" }
    /// What the file keeps: "lesson progress", "drill progress".
    package var progress: String {
        switch self {
        case .lessons: return "lesson progress"
        case .drills: return "drill progress"
        }
    }
}

extension ReadProblem {
    public var message: String {
        switch self {
        case .noSuchFile: return "no such file"
        case .permissionDenied: return "permission denied"
        case .isAFolder: return "it is a directory"
        case .system(let code): return String(cString: strerror(code)).lowercased()
        case .noFiles: return "this shell reads no files"
        case .tooLarge(let limit): return "it is larger than \(limit / 1_000_000) MB"
        case .noWriter: return "interrupted while waiting for a writer to open the FIFO"
        case .interrupted: return "interrupted while reading it"
        }
    }
}
