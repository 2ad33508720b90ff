import KyleModel
import ShellKit

/// Every line the Kyle model refuses a command with, worded in one place (thrown as
/// `ShellError.model`).
enum KyleErrorText {
    static func message(_ error: KyleMarketError) -> String {
        switch error {
        case .dayOver(let auctions):
            "the day is over: all \(auctions) auction\(auctions == 1 ? " has" : "s have") cleared; reset starts a new day"
        case .flowNotFinite:
            "flow takes a finite net order flow (negative for net selling) whose price is a finite number"
        }
    }

    static func tooFewLeft(asked: Int, left: Int) -> String {
        "run \(asked): only \(left) auction\(left == 1 ? " is" : "s are") left today; run \(left), or run alone for all of them"
    }

    static func badParameter(_ name: KyleParameterName, _ value: Double) -> String {
        "\(name.rawValue) takes \(name.row.accepts), not \(Format.number(value))"
    }

    /// What `undo` finds none of (`ShellError.nothingToUndo` words the rest).
    static let noAuctionYet = "no auction has cleared today (t = 0)"
}
