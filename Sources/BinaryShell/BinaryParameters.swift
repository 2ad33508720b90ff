import MarketModel
import ShellKit

/// The binary model's parameters as `set`, `params`, `help` and completion show them, in the
/// order `params` lists them. `ParameterName` holds the rules; this table holds the wording.
let binaryParameterRows: [ParameterRow] = [
    row(.low, "V_L", "the value after bad news", "a number below high"),
    row(.high, "V_H", "the value after good news", "a number above low"),
    row(.prior, "θ = 1−δ", "P(V = high) given that news arrived", "a probability strictly between 0 and 1"),
    row(
        .mu, "μ", "share of arrivals that are informed, while informed traders are active",
        "a number from 0 up to but not including 1"),
    row(
        .alpha, "α", "probability that an information event occurred (1 = classic GM)", "a number above 0 and at most 1"
    ),
    row(
        .gamma, "γ", "uninformed buy probability when they always trade (ε_b = γ, ε_s = 1−γ)",
        "a probability from 0 to 1"),
    row(
        .epsBuy, "ε_b", "probability that an uninformed arrival buys",
        "a probability from 0 to 1, with eps_buy + eps_sell ≤ 1"),
    row(
        .epsSell, "ε_s", "probability that an uninformed arrival sells",
        "a probability from 0 to 1, with eps_buy + eps_sell ≤ 1"),
    row(.eps, "ε", "sets eps_buy and eps_sell together", "a number from 0 to 0.5"),
    row(.cost, "c", "per-trade cost added to the ask and taken off the bid", "a number of at least 0"),
    row(
        .tolerance, "τ", "how far from E[V] uninformed traders still trade (breakdown)",
        "a number of at least 0, or off",
        words: ["off": .infinity]),
    row(
        .elastic, "C", "uninformed traders trade with probability 1 − (distance of the price from E[V])/C",
        "a number C above 0, value (C = E[V]) or off",
        words: ["off": Elasticity.off.code, "value": Elasticity.value.code]),
]

private func row(
    _ name: ParameterName, _ symbol: String, _ meaning: String, _ accepts: String,
    words: [String: Double] = [:]
) -> ParameterRow {
    ParameterRow(
        name: name.rawValue, symbol: symbol, meaning: meaning, accepts: accepts,
        restartsMarket: name.redefinesOpening, words: words)
}
