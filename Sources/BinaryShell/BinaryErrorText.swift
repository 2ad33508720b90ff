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
