import MarketCore
import PINModel
import ShellKit

/// Every line the PIN model refuses a command with, worded in one place (thrown as
/// `ShellError.model`); parse errors go through the shell's own `ShellError` cases.
enum PINErrorText {
    static func parameter(_ error: PINParameterError) -> String {
        switch error {
        case .outOfRange(let name, let value, _):
            "\(name.rawValue) must be \(pinAccepts(name)), not \(Format.number(value))"
        case .valuesNotOrdered(let low, let high):
            "low must be below high (low \(Format.number(low)), high \(Format.number(high)))"
        }
    }

    static func estimation(_ error: PINEstimationError) -> String {
        switch error {
        case .noDays: "estimate needs days: type day B S, draw them with day or run N, or load FILE"
        case .noBuys: "every day held has 0 buys, so eps_buy would be 0, outside the model; add a day with a buy"
        case .noSells: "every day held has 0 sells, so eps_sell would be 0, outside the model; add a day with a sell"
        case .interrupted(let done, let of?): "estimate stopped after \(done) of \(of) starts; nothing changed"
        case .interrupted(_, nil): "estimate stopped while clustering the days, before the first start; nothing changed"
        case .profileInterrupted(let done, let of):
            "profile stopped after \(done) of \(of) values of alpha; nothing changed"
        }
    }

    static func counts(_ error: CountsCSVError, file: String) -> String {
        let f = file  // the path as typed (a parsed line has no control characters), never cut short
        return switch error {
        case .noHeader:
            "\(f) has no header line: the first line must name the columns, e.g. date,buys,sells"
        case .unknownColumn(let line, let name):
            "\(f):\(line): unknown column '\(printable(name))'; the header names buys (or B), sells (or S) and optionally date"
        case .repeatedColumn(let line, let name):
            "\(f):\(line): the column '\(printable(name))' is named twice"
        case .missingColumn(let line, let buys):
            "\(f):\(line): the header has no \(buys ? "buys (or B)" : "sells (or S)") column"
        case .wrongFieldCount(let line, let found, let expected):
            "\(f):\(line): \(found) fields where the header has \(expected)"
        case .notACount(let line, let column, let field):
            "\(f):\(line): \(column) must be a whole number from 0 to \(CountsCSV.maximumCount), not '\(printable(field))'"
        case .controlInDate(let line, let scalar):
            "\(f):\(line): the date holds \(unicodeName(scalar)), a \(PlainText.isBidi(scalar) ? "bidirectional formatting" : "control") character; a date is plain text"
        case .noDays:
            "\(f) has a header but no day"
        }
    }

    static func unreadable(_ file: String, _ problem: ReadProblem) -> String {
        "cannot read \(file): \(problem.message)"
    }

    static func notText(_ file: String) -> String { "cannot read \(file): it is not UTF-8 text" }

    static let dayNeedsBoth = "day takes two counts, buys then sells (day 30 70), or none (nature draws the day)"

    static func notACount(_ value: Double) -> String {
        "a day's counts are whole numbers from 0 to \(CountsCSV.maximumCount), not \(Format.number(value))"
    }

    static func runTooLong(_ limit: Int) -> String {
        "run draws at most \(limit) days at once under the pin model; run again for more"
    }

    /// What `undo` finds none of (`ShellError.nothingToUndo` words the rest).
    static let noDayHeld = "no day is held"

    static func export(_ format: String) -> String {
        "export \(format) is not part of the pin model: export csv FILE writes the days as load reads them"
    }
}
