import NormalValue
import ShellKit

extension NoQuote {
    /// Why a side has no break-even quote, in words.
    package var reason: String {
        switch self {
        case .everyArrivalInformed:
            "with mu = 1 every arrival is informed, and E[v | v > a] > a for every ask a (E[v | v < b] < b for every bid b): no price breaks even (as mu → 1 the spread grows without bound)"
        case .noUninformedTraders:
            "no uninformed trader trades on that side (eps = 0 there), so only informed traders would, at a loss to the market maker"
        case .noBreakEven(let best, let profit, let scale):
            "against elastic uninformed demand (C = \(Format.number(scale))) no price breaks even: at the best one, \(Format.price(best)), the market maker still expects \(Format.change(profit)) per arrival"
        }
    }
}

/// The normal market's refusals of an order, worded beside the model.
extension NormalMarketError: ModelError {
    package var message: String {
        switch self {
        case .noQuote(let side, let why):
            return
                "no \(side == .ask ? "ask" : "bid") exists, so a \(side == .ask ? "buy" : "sell") cannot fill: \(why.reason); lower mu or raise eps"
        case .impossible(let order):
            return
                "a \(order == .none ? "period with no trade" : order.word) cannot happen now: the market maker's belief gives it probability 0, so Bayes' rule is undefined"
        case .converged(let order):
            return
                "the market maker has learnt v to the precision of a Double (bid = ask to a few ulps), so a \(order == .none ? "no-trade" : order.word) has probability 0 and cannot be followed; reset or undo to go on"
        }
    }
}

/// The normal model's parameter refusals, worded beside the model.
extension NormalParameterError: ModelError {
    package var message: String {
        switch self {
        case .outOfRange(let name, let value, _):
            return name.row.refusal(value)
        case .uninformedOverOne(let buy, let sell):
            return "eps_buy + eps_sell must be at most 1; \(Format.number(buy)) + \(Format.number(sell)) is more"
        case .quoteUndefined(let side, let why):
            return "refused: the \(side == .ask ? "ask" : "bid") would not exist: \(why.reason)"
        }
    }
}
