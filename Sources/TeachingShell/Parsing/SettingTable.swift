import MarketModel

/// What `set` can change, with the textbook symbol and meaning `params` and `help` show.
public struct SettingName: Sendable {
    public let name: String
    public let symbol: String
    public let meaning: String
    /// The model parameter behind this name, or nil for `truth` and `seed`.
    public let parameter: ParameterName?
    /// What the value may be, in words, for error messages and help.
    public let accepts: String
}

/// Every name `set` accepts, in the order `params` lists them.
public let settingTable: [SettingName] = [
    SettingName(name: "low", symbol: "V_L", meaning: "the value after bad news",
                parameter: .low, accepts: "a number below high"),
    SettingName(name: "high", symbol: "V_H", meaning: "the value after good news",
                parameter: .high, accepts: "a number above low"),
    SettingName(name: "prior", symbol: "θ = 1−δ", meaning: "P(V = high) given that news arrived",
                parameter: .prior, accepts: "a probability strictly between 0 and 1"),
    SettingName(name: "mu", symbol: "μ", meaning: "share of arrivals that are informed, while informed traders are active",
                parameter: .mu, accepts: "a number from 0 up to but not including 1"),
    SettingName(name: "alpha", symbol: "α", meaning: "probability that an information event occurred (1 = classic GM)",
                parameter: .alpha, accepts: "a number above 0 and at most 1"),
    SettingName(name: "gamma", symbol: "γ", meaning: "uninformed buy probability when they always trade (ε_b = γ, ε_s = 1−γ)",
                parameter: .gamma, accepts: "a probability from 0 to 1"),
    SettingName(name: "eps_buy", symbol: "ε_b", meaning: "probability that an uninformed arrival buys",
                parameter: .epsBuy, accepts: "a probability from 0 to 1, with eps_buy + eps_sell ≤ 1"),
    SettingName(name: "eps_sell", symbol: "ε_s", meaning: "probability that an uninformed arrival sells",
                parameter: .epsSell, accepts: "a probability from 0 to 1, with eps_buy + eps_sell ≤ 1"),
    SettingName(name: "eps", symbol: "ε", meaning: "sets eps_buy and eps_sell together",
                parameter: .eps, accepts: "a number from 0 to 0.5"),
    SettingName(name: "cost", symbol: "c", meaning: "per-trade cost added to the ask and taken off the bid",
                parameter: .cost, accepts: "a number of at least 0"),
    SettingName(name: "tolerance", symbol: "τ", meaning: "how far from E[V] uninformed traders still trade (breakdown)",
                parameter: .tolerance, accepts: "a number of at least 0, or off"),
    SettingName(name: "truth", symbol: "", meaning: "nature's state for informed and run",
                parameter: nil, accepts: "high, low or none"),
    SettingName(name: "seed", symbol: "", meaning: "the random generator's seed",
                parameter: nil, accepts: "a whole number from 0 to 18446744073709551615"),
    SettingName(name: "detail", symbol: "", meaning: "how an order is shown: Bayes' rule in full, or one compact row (display only)",
                parameter: nil, accepts: "full or brief"),
]

/// Looks up a `set` name.
public func settingName(_ word: String) -> SettingName? {
    settingTable.first { $0.name == word }
}

/// The default seed of the generator.
public let defaultSeed: UInt64 = 42
