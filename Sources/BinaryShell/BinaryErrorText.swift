import MarketModel
import ShellKit

/// The binary model's parameter refusals, worded beside the model.
extension ParameterError: ModelError {
    package var message: String {
        switch self {
        case .outOfRange(let name, let value, let accepted):
            let entry = binaryParameterRows.first { $0.name == name.rawValue }
            let words = entry.map { " (\($0.accepts))" } ?? ""
            return "\(name.rawValue) must be in \(describe(accepted))\(words); \(Format.number(value)) is not"
        case .lowNotBelowHigh(let low, let high):
            return "low must stay below high; low \(Format.number(low)) and high \(Format.number(high)) would not"
        case .uninformedOverOne(let buy, let sell):
            return "eps_buy + eps_sell must be at most 1; \(Format.number(buy)) + \(Format.number(sell)) is more"
        case .elasticValueNeedsPositiveValues(let low):
            return
                "elastic value takes C = E[V], which must stay above 0: low must be above 0 while it is set (low is \(Format.number(low))); use set elastic C with a number C above 0 instead"
        case .quoteUndefined(let side):
            let who = side == .ask ? "buy" : "sell"
            return
                "refused: with these parameters no \(who) can ever arrive (P(\(who)) = 0), so the \(side == .ask ? "ask" : "bid") is undefined; keep eps_\(who) above 0 or mu above 0"
        }
    }

    private func describe(_ interval: Interval) -> String {
        let open = interval.includesLower ? "[" : "("
        let close = interval.includesUpper ? "]" : ")"
        let upper = interval.upper == .infinity ? "∞" : Format.number(interval.upper)
        return "\(open)\(Format.number(interval.lower)), \(upper)\(close)"
    }
}

/// The binary market's refusals of an order or an undo, worded beside the model.
extension MarketError: ModelError {
    /// The changes that reopen a withdrawn side, from its half-spread h = c + (the part μ makes):
    /// lowering μ alone reopens it only if c ≤ τ (at μ = 0, h = c); lowering c alone only if
    /// h − c ≤ τ; raising τ always.
    package static func reopening(halfSpread h: Double, tolerance: Double, cost: Double, mu: Double) -> String {
        var changes: [String] = []
        let adverse = h - cost
        if mu > 0, cost <= tolerance { changes.append("lower mu") }
        if cost > 0, adverse <= tolerance { changes.append("lower cost") }
        if mu > 0, cost > tolerance, adverse > tolerance { changes.append("lower both cost and mu") }
        changes.append("raise tolerance")
        return changes.count == 3
            ? "\(changes[0]), \(changes[1]) or \(changes[2])" : changes.joined(separator: " or ")
    }

    package var message: String {
        switch self {
        case .sideWithdrawn(let side, let halfSpread, let tolerance, let cost, let mu):
            let (name, who) = side == .ask ? ("ask", "buyers") : ("bid", "sellers")
            return
                "the \(name) is withdrawn: breaking even needs a half-spread of \(Format.price(halfSpread)), more than uninformed \(who) accept (tolerance \(Format.price(tolerance))); \(Self.reopening(halfSpread: halfSpread, tolerance: tolerance, cost: cost, mu: mu)) to reopen"
        case .noBreakEven(let side, let cost, let scale, let mu):
            let (name, who) = side == .ask ? ("ask", "buyers") : ("bid", "sellers")
            // At μ = 0 the uninformed alone bring f(x)·(x − c) per arrival, which is ≥ 0 at some x
            // with f(x) > 0 only if c < C: lowering μ reopens the side only then.
            let reopen =
                mu > 0 && cost < scale
                ? "raise elastic C, lower mu, or set elastic off" : "raise elastic C or set elastic off"
            return
                "the \(name) is withdrawn: no \(name) breaks even against elastic uninformed \(who) (explain shows why); \(reopen) to reopen"
        case .impossible(let order, let askOpen, let bidOpen):
            switch order {
            case .none:
                return
                    "a period with no trade cannot happen now: every arrival trades (eps_buy + eps_sell = 1\(askOpen && bidOpen ? ", both sides open" : "")); let uninformed traders stay out (e.g. set eps 0.4) to allow it"
            case .buy, .sell:
                return
                    "a \(order.word) cannot happen now: the market maker's beliefs give it probability 0\(askOpen || bidOpen ? "" : " (the market is closed)"), so Bayes' rule is undefined"
            }
        case .noInformedTraders:
            return "no informed trader exists when truth is none (no information event); set truth high or low"
        case .nothingToUndo:
            return ShellError.nothingToUndo().message
        }
    }
}

/// A run that stopped before its first period because nature produced an order the market
/// maker's belief rules out.
struct StoppedRun: ModelError {
    let time: Int
    let error: MarketError

    var message: String { "run stopped at t = \(time): \(error.message)" }
}
