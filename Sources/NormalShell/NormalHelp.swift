import Foundation
import NormalValue
import ShellKit

/// `help`'s one-line summaries that say something else in the normal model.
let normalVerbSummaries: [String: String] = [
    "pass": "no order this period (informative: informed traders stay out between the bid and the ask)",
    "set": "change a parameter (see `params`); mean and sigma restart the market",
    "plot": "a chart of this session: the spread, E[v] ± sd, the mid against v, or the cost to uninformed traders",
    "simulate": "Monte Carlo: many sessions of this market; spreads, |mid − v| and who pays whom, with standard errors",
    "export": "write the session's tape (csv, json) to FILE; svg is the binary model's picture",
    "compare": "the binary model's study of high against low informed share (model binary first)",
]

/// `help VERB` in the normal model, where a verb means something slightly different from the
/// binary model (verb name → its help text).
let normalVerbDetails: [String: String] = [
    "quote":
        "quote: the current bid, ask, spread and mid, without changing anything; a side with no break-even price reads withdrawn.",
    "buy":
        "buy: an order of unknown origin lifts the ask a. Prints the fixed point a = [μ·E(v·1{v>a}) + (1−μ)ε_b·E(v)] / [μ·P(v>a) + (1−μ)ε_b] + c with its numbers, P(trader informed | buy), and the posterior's mean and sd (E[v | buy] = a − c).",
    "sell":
        "sell: an order of unknown origin hits the bid b. Prints b = [μ·E(v·1{v<b}) + (1−μ)ε_s·E(v)] / [μ·P(v<b) + (1−μ)ε_s] − c with its numbers, P(trader informed | sell), and the posterior's mean and sd (E[v | sell] = b + c).",
    "pass":
        "pass: no order this period. Informative here: informed traders stay out exactly when b ≤ v ≤ a, so a no-trade moves the belief toward the spread [b, a].",
    "informed":
        "informed: an informed trader arrives; it knows v and buys iff v > ask, sells iff v < bid, and stays out between (an indifferent one does not trade).",
    "noise":
        "noise: an uninformed trader arrives: buys with eps_buy, sells with eps_sell, else stays out (one seeded draw).",
    "run":
        "run N: nature draws N arrivals (informed with probability mu, who trade on v; else uninformed). Stops early, and says why, once the belief has shrunk to the precision of a Double (bid = ask = v).",
    "undo":
        "undo: takes back the last order; the posterior and quotes come back bit for bit (replayed from the tape). Parameters set since stay.",
    "explain":
        "explain: how each quote was found: the trials of Newton's method in a bracket, and the break-even equation checked at the root.",
    "state":
        "state: the posterior's mean and sd (the prior N(m, σ²) times a step function cut at the quotes met), the quotes, and the hidden v.",
    "set":
        "set NAME VALUE: changing mean or sigma defines a new prior and restarts at t = 0; mu, gamma, eps_buy, eps_sell, eps and cost keep the belief and apply from the next order (mu = 1 is refused: no ask exists). truth takes a number (nature's v) or drawn.",
    "compare": "compare: the document's two-market study is the binary model's: model binary, then compare.",
    "simulate":
        "simulate: many sessions of nature's arrivals against the exact quotes; the average spread and |mid − v| with standard errors, and the market maker's profit from informed and uninformed traders.",
]

/// `help model` in the normal model: what the model is and what it teaches.
let normalModelHelp: [Line] = [
    Line("The normal-value model (model normal)", .heading),
    Line("  v ~ N(m, σ²) (set mean, sigma). A share mu of arrivals is informed: they"),
    Line("  know v, buy when v > ask, sell when v < bid, and stay out between."),
    Line("  Uninformed ones buy with eps_buy and sell with eps_sell; cost c is added to"),
    Line("  the ask, taken off the bid. The ask is the smallest a ≥ E[v] with a = E[v |"),
    Line("  buy at a] + c, the bid the largest b ≤ E[v] with b = E[v | sell at b] − c"),
    Line("  (Glosten–Milgrom 1985). The posterior is the prior times a step function cut"),
    Line("  at the quotes met, so every number is exact. At the opening E[v | buy] = m +"),
    Line("  P(informed | buy)·σ·λ(z), z = (a − m)/σ. For small mu the spread is about"),
    Line("  2·√(2/π)·μσ ≈ 1.60μσ; as mu → 1 it grows without bound, and at mu = 1 no ask"),
    Line("  or bid exists (every buyer would be informed)."),
]

/// The normal model's concepts a learner can ask `help` about (`help model` first).
let normalHelpTopics: [(name: String, text: String)] = [
    ("model", normalModelHelp.dropFirst().map { $0.plain.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")),
    (
        "quotes",
        "The ask a solves a = E[v | buy at a] + c, the smallest such a at or above E[v]; the bid b solves b = E[v | sell at b] − c, the largest at or below E[v]. A buy at a comes from an informed trader only when v > a, so E[v | buy at a] = [mu·E(v·1{v>a}) + (1−mu)·eps_buy·E(v)] / [mu·P(v>a) + (1−mu)·eps_buy]: the price sets who buys, and who buys sets the price, hence a fixed point (explain shows how it was found). As mu → 1 the spread grows without bound; at mu = 1 no ask or bid breaks even. For small mu the opening spread is about 2·√(2/π)·mu·σ ≈ 1.60·mu·σ."
    ),
    (
        "bayes",
        "After an order the market maker multiplies its density of v by the order's likelihood, a step function of v: a buy at a has likelihood mu + (1−mu)·eps_buy above a and (1−mu)·eps_buy below it. So the belief is the prior normal density times steps whose breaks are the quotes met so far, and every probability and mean is a finite sum of Φ and φ terms, computed exactly."
    ),
    (
        "elastic",
        "set elastic C makes uninformed traders answer the price (Glosten–Milgrom 1985 §3): one who wants to buy does so at ask a with probability f = max(0, 1 − (a − E[v])/C), one who wants to sell at bid b with g = max(0, 1 − (E[v] − b)/C); set elastic value takes C = E[v] at each quote (GM's eq. 9), set elastic off is the default. The ask is then the smallest a at which the market maker does not lose with eps_buy·f in place of eps_buy: a = [mu·E(v·1{v>a}) + (1−mu)·eps_buy·f·E(v)] / [mu·P(v>a) + (1−mu)·eps_buy·f] + c, found by a scan and bisection from the inelastic quote up to E[v] + C (explain shows f and the equation at the root). When no price breaks even the side has no quote, and says what the best price would still lose; arrivals who wanted it leave. Uninformed traders who decline count as no trade."
    ),
    (
        "informed",
        "P(trader informed | buy) = mu·P(v > a) / P(buy), with P(buy) = mu·P(v > a) + (1−mu)·eps_buy, all under the belief before the order. While the belief is still normal, E[v | buy] = m + P(informed | buy)·σ·λ(z) with λ(z) = φ(z)/(1 − Φ(z)) the inverse Mills ratio at z = (a − m)/σ."
    ),
]
