/// The name of a normal-model parameter (nature's truth and the seed live elsewhere).
public enum NormalParameterName: String, CaseIterable, Sendable {
    case mean, sigma, mu, gamma
    case epsBuy = "eps_buy"
    case epsSell = "eps_sell"
    case eps, cost, elastic

    /// The values this parameter accepts on its own (ε_b + ε_s ≤ 1 is checked in `setting`).
    public var accepted: Interval { row.accepted }

    /// Whether a change defines a new prior, and so restarts the market at t = 0.
    public var restartsMarket: Bool { row.restartsMarket }

    /// This parameter's row of the table: the one place its symbol, meaning and rules are written.
    /// μ = 1 is accepted here and refused by the market (`NormalParameterError.quoteUndefined`):
    /// at μ = 1 no ask or bid breaks even.
    public var row: ParameterTableRow<NormalParameterName> {
        switch self {
        case .mean:
            ParameterTableRow(
                self, symbol: "m", meaning: "the prior mean of the value v",
                accepted: Interval(-1e9, 1e9), accepts: "a number from -1e9 to 1e9",
                restartsMarket: true)
        case .sigma:
            ParameterTableRow(
                self, symbol: "σ", meaning: "the prior standard deviation of v",
                accepted: Interval(0, 1e9, includesLower: false),
                accepts: "a number above 0, at most 1e9", restartsMarket: true)
        case .mu:
            ParameterTableRow(
                self, symbol: "μ", meaning: "share of arrivals that are informed (they know v)",
                accepted: Interval(0, 1), accepts: "a number from 0 to 1 (at 1 no ask or bid exists)",
                restartsMarket: false)
        case .gamma:
            ParameterTableRow(
                self, symbol: "γ",
                meaning: "uninformed buy probability when they always trade (ε_b = γ, ε_s = 1−γ)",
                accepted: Interval(0, 1), accepts: "a probability from 0 to 1", restartsMarket: false)
        case .epsBuy:
            ParameterTableRow(
                self, symbol: "ε_b", meaning: "probability that an uninformed arrival buys",
                accepted: Interval(0, 1),
                accepts: "a probability from 0 to 1, with eps_buy + eps_sell ≤ 1", restartsMarket: false)
        case .epsSell:
            ParameterTableRow(
                self, symbol: "ε_s", meaning: "probability that an uninformed arrival sells",
                accepted: Interval(0, 1),
                accepts: "a probability from 0 to 1, with eps_buy + eps_sell ≤ 1", restartsMarket: false)
        case .eps:
            ParameterTableRow(
                self, symbol: "ε", meaning: "sets eps_buy and eps_sell together",
                accepted: Interval(0, 0.5), accepts: "a number from 0 to 0.5", restartsMarket: false)
        case .cost:
            ParameterTableRow(
                self, symbol: "c", meaning: "per-trade cost added to the ask and taken off the bid",
                accepted: Interval(0, 1e9), accepts: "a number of at least 0, at most 1e9",
                restartsMarket: false)
        case .elastic:
            // C > 0 or off (+∞); `value` is −∞ (`Elasticity.code`), a word of the row.
            ParameterTableRow(
                self, symbol: "C",
                meaning: "uninformed traders trade with probability 1 − (distance of the price from E[v])/C",
                accepted: Interval(0, .infinity, includesLower: false),
                accepts: "a number C above 0, value (C = E[v]) or off", restartsMarket: false,
                words: ["off": Elasticity.off.code, "value": Elasticity.value.code])
        }
    }
}

/// Every parameter of the normal model, in the order `params` lists them.
public let normalParameterTable: [ParameterTableRow<NormalParameterName>] = NormalParameterName.allCases.map(\.row)
