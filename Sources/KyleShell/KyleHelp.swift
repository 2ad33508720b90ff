import Foundation
import ShellKit

/// The shared verbs the Kyle model does not offer, with what to use instead.
let kyleOmittedVerbs: [String: String] = [
    "buy": "the market maker sees only net order flow: flow Y (Y > 0 net buying), or auction for nature's",
    "sell": "the market maker sees only net order flow: flow -Y for net selling, or auction for nature's",
    "pass": "every auction clears some net flow: flow 0 is an auction with no net order",
    "informed": "the insider trades at every auction: auction draws her order with the noise traders'",
    "noise": "noise traders trade at every auction: auction draws their order with the insider's",
    "run": "run [N] plays the remaining auctions of the day (or the next N)",
    "explain": "plan shows λ_n, β_n, Σ_n for every auction; each auction prints its own arithmetic",
    "plot": "there is no chart of a Kyle day: history lists it, export csv writes it",
    "compare": "it is the document's study of the binary model: model binary, then compare",
    "simulate": "plan gives the expectations (profit, Σ_n); auction and run play one seeded day",
    "maker": "Kyle's market maker posts no quotes to compete with; insider makes you Kyle's insider",
]

/// `help`'s one-line summaries that say something else in the Kyle model.
let kyleVerbSummaries: [String: String] = [
    "quote": "the price: one price, no bid or ask; the next auction's λ",
    "state": "the market maker's belief v ~ N(p_n, Σ_n), and the hidden v",
    "history": "the last N auctions (default 20): flow, parts, λ, price, Σ",
    "set": "change a parameter (see `params`); each starts a new day",
    "reset": "a new day at t = 0, generator reseeded (the same draws again)",
    "undo": "take back the last auction: price and clock as before it",
    "export": "write the day's auctions (csv, json) to FILE",
]

/// `help VERB` in the Kyle model, where a shared verb means something else.
let kyleVerbDetails: [String: String] = [
    "quote":
        "quote: the price p_n. Kyle's market maker posts no bid or ask: she clears the whole net order flow of an auction at one price, E[v | all flows so far], so the price moves λ_n per unit of net flow and there is no spread.",
    "state":
        "state: the market maker's belief v ~ N(p_n, Σ_n) after n auctions (normal, so the mean and variance say everything), and, marked hidden, nature's v and the insider's realised profit on the auctions nature drew.",
    "set":
        "set NAME VALUE: mean, sigma, noise_sd and auctions define Kyle's equilibrium, so any change solves it again and starts a new day at t = 0. truth takes a number (nature's v) or drawn.",
    "undo":
        "undo: takes back the last auction; the price and the clock come back exactly. The generator is not rewound, so auction again draws new noise.",
    "history":
        "history [N]: one row per auction: the net flow, the insider's and the noise traders' parts when nature drew them (typed flows have none), λ_n, the price and Σ_n.",
    "export":
        "export csv|json FILE: one row per auction: n, who sent the flow (typed or nature), the flow and its parts, λ_n, β_n, the price, Σ_n, v, and the insider's profit on it.",
]

/// `help model` (and `help kyle`) in the Kyle model.
let kyleModelHelp: [Line] = [
    Line("Kyle's model (model kyle; Kyle 1985)", .heading),
    Line("  v ~ N(p₀, Σ₀) (set mean, sigma = √Σ₀). An insider knows v and trades at each"),
    Line("  of N auctions (set auctions) x_n = β_n·(v − p_{n−1})·Δt, Δt = 1/N; noise"),
    Line("  traders send u_n ~ N(0, σ_u²·Δt) (set noise_sd = σ_u, over the day). The"),
    Line("  market maker sees only y_n = x_n + u_n and sets one price, p_n = E[v | flows]"),
    Line("  = p_{n−1} + λ_n·y_n: no bid, no ask, impact linear in net flow. λ_n, β_n and"),
    Line("  Σ_n solve Kyle's Theorem 2 backward (plan), not the one-shot λ = σ_v/(2σ_u)"),
    Line("  at every auction. One auction: β = σ_u/σ_v, Σ₁ = Σ₀/2, profit σ_uσ_v/2. As N"),
    Line("  grows the insider trades more slowly, her profit rises toward σ_uσ_v, and"),
    Line("  Σ_N falls toward 0: prices reveal v by the end only in that limit."),
]

/// The Kyle model's concepts (`help model` first).
let kyleHelpTopics: [(name: String, text: String)] = [
    ("model", kyleModelHelp.dropFirst().map { $0.plain.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")),
    ("kyle", kyleModelHelp.dropFirst().map { $0.plain.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")),
    (
        "lambda",
        "λ_n, the price impact of auction n: the market maker regresses v on the flow she sees. With the insider's rule x_n = β_n(v − p_{n−1})Δt, Cov(v, y_n) = β_nΔtΣ_{n−1} and Var(y_n) = β_n²Δt²Σ_{n−1} + σ_u²Δt, so λ_n = Cov/Var = β_nΣ_n/σ_u². Her posterior variance Σ_n = (1 − β_nλ_nΔt)Σ_{n−1} does not depend on the flow: normal updating. 1/λ is Kyle's market depth."
    ),
    (
        "insider",
        "The insider chooses β_n knowing the market maker's λ's: trading more now moves today's price against her and tells the market maker more for later. Kyle's Theorem 2 gives β_nΔt = (1 − 2α_nλ_n)/(2λ_n(1 − α_nλ_n)), where α_n(v − p_n)² + δ_n is what she still expects to earn after auction n (α_N = δ_N = 0). Her expected profit for the day is α₀Σ₀ + δ₀ (plan shows it)."
    ),
]
