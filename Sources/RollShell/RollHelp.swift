import ShellKit

/// `help`'s one-line summaries that say something else in the Roll model.
let rollVerbSummaries: [String: String] = [
    "buy": "a buy at the ask m + c after the efficient price takes its step; shows Δp and the covariance",
    "sell": "a sell at the bid m − c after the efficient price takes its step; shows Δp and the covariance",
    "noise": "a trade whose sign nature draws (a buy with probability gamma)",
    "run": "N noise trades; compact rows, then the covariance and Roll's estimate",
    "explain": "why price changes are negatively correlated, with this market's numbers",
    "set": "change a parameter (see `params`); every one restarts the market",
    "export": "write the tape (csv, json): price, step, change, covariance per trade",
    "state": "m, the quotes, the last change, and the covariance beside its expectation",
    "history": "the last N trades (default 20): who, the order, e, price, Δp, cov, 2√(−cov)",
    "undo": "take back the last trade: m, the covariance and the clock as they were before it",
]

/// `help VERB` in the Roll model.
let rollVerbDetails: [String: String] = [
    "buy":
        "buy: nature first moves the efficient price, m_t = m_{t−1} + e_t with e_t ~ N(0, sigma²) (seeded), then the trade prints at p_t = m_t + c. Prints Δp_t = e_t + c·(q_t − q_{t−1}), the pair it makes with the change before, the running covariance and Roll's estimate against the true 2c.",
    "sell": "sell: the mirror image of buy: the trade prints at the bid p_t = m_t − c.",
    "noise":
        "noise: nature draws the trade's sign (a buy with probability gamma, independent of everything before), then the step of m, then prints it as buy or sell would.",
    "run":
        "run N: N noise trades; the first and last rows, the counts, and the covariance with Roll's estimate at the end. One path: the expectation over many paths is in state.",
    "undo":
        "undo: takes back the last trade; m, the covariance and the quotes come back bit for bit (replayed from the tape). The generator goes on, so a new noise trade is a new draw.",
    "state":
        "state: m, the quotes, the last change, and the covariance over the pairs so far beside its expectation for that many pairs, −4γ(1−γ)c² − (n−1)σ²/n².",
    "set": "set NAME VALUE: mean, sigma, half_spread and gamma each define a new opening and restart at t = 0.",
    "history": "history [N]: the last N trades (default 20): trader, order, e, price, Δp, cov and 2√(−cov).",
    "quote": "quote: bid m − c and ask m + c; they move with m only, never because of a trade.",
    "explain":
        "explain: why the price changes are negatively correlated: Δp_t = e_t + c·(q_t − q_{t−1}), so Cov(Δp_t, Δp_{t−1}) = −c²·4γ(1−γ) with this market's numbers, Roll's inversion 2√(−cov), and what the sample covariance averages over n pairs.",
    "export":
        "export csv|json FILE: one row per trade with the columns " + RollSession.columns.joined(separator: ", ")
        + ". svg is refused: this model has no charts.",
]

/// `help model` in the Roll model.
private let rollModelText =
    "Roll (1984). The efficient price m walks: m_t = m_{t−1} + e_t, e_t ~ N(0, sigma²), starting at mean. Each trade is a buy with probability gamma or a sell, independent of everything before and carrying no information, at p_t = m_t + c·q_t (q = +1 buy, −1 sell; c = half_spread). So Δp_t = e_t + c·(q_t − q_{t−1}): the step is permanent, the bounce is reversed by the next trade as often as not. Cov(Δp_t, Δp_{t−1}) = −c²·4γ(1−γ), which is −c² at gamma = ½, and Roll's estimate of the spread is 2√(−cov) = 2c there. The running covariance is the exact sample covariance of all pairs so far (updated in O(1) per trade); Roll's estimate is undefined while it is not negative, which happens on short paths."

/// The Roll model's concepts a learner can ask `help` about (`help model` first).
let rollHelpTopics: [(name: String, text: String)] = [
    ("model", rollModelText),
    ("roll", rollModelText),
    (
        "covariance",
        "cov(Δp_t, Δp_{t−1}) here is the sample covariance over the n pairs of consecutive price changes so far: (1/n)·Σ (x_i − x̄)(y_i − ȳ) with x the earlier change and y the later, the definition the binary model's simulate pools over Glosten–Milgrom tapes. Subtracting the estimated means costs a little: its expectation is −4γ(1−γ)c² − (n−1)σ²/n², a bit below −c² on a short path and exact when sigma = 0. One pair always gives 0, so the covariance is reported from two pairs (four trades) on."
    ),
    (
        "glosten",
        "The binary model's simulate applies this same estimator to Glosten–Milgrom trade prices, and it misses the adverse-selection spread. There a trade prints at the market maker's expectation after the order, E[V | orders so far] + c·q_t (the ask is E[V | buy] + c). With c = 0 and the truth drawn from her prior those prices are a martingale: their changes are uncorrelated, the expected covariance is 0, and Roll reads no spread at all, although the binary defaults (low 96, high 104, prior ½, mu 0.3) open with a spread of mu·(high − low) = 2.4. The GM spread is permanent: each trade moves the expectation for good, and nothing reverses it. Roll sees only the transitory part, the part the next trade gives back, which is the whole spread in this model and none of it in GM with c = 0. With c > 0 the cost is transitory, but GM order signs are neither uninformative nor uncorrelated, so Roll reads more or less than 2c; simulate says which, from its figures."
    ),
]
