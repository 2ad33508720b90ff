import NormalValue

/// The normal model's one-line summary, as `model` lists it.
let normalModelSummary = "normal   v ~ N(m, σ²): informed traders know v; quotes are GM (1985) fixed points"

/// `help VERB` in the normal model, where a verb means something slightly different from the
/// binary model (verb name → its help text).
let normalVerbDetails: [String: String] = [
    "buy": "buy: an order of unknown origin lifts the ask a. Prints the fixed point a = [μ·E(v·1{v>a}) + (1−μ)ε_b·E(v)] / [μ·P(v>a) + (1−μ)ε_b] + c with its numbers, P(trader informed | buy), and the posterior's mean and sd (E[v | buy] = a − c).",
    "sell": "sell: an order of unknown origin hits the bid b. Prints b = [μ·E(v·1{v<b}) + (1−μ)ε_s·E(v)] / [μ·P(v<b) + (1−μ)ε_s] − c with its numbers, P(trader informed | sell), and the posterior's mean and sd (E[v | sell] = b + c).",
    "pass": "pass: no order this period. Informative here: informed traders stay out exactly when b ≤ v ≤ a, so a no-trade moves the belief toward the spread [b, a].",
    "informed": "informed: an informed trader arrives; it knows v and buys iff v > ask, sells iff v < bid, and stays out between (an indifferent one does not trade).",
    "noise": "noise: an uninformed trader arrives: buys with eps_buy, sells with eps_sell, else stays out (one seeded draw).",
    "run": "run N: nature draws N arrivals (informed with probability mu, who trade on v; else uninformed). Stops early, and says why, once the belief has shrunk to the precision of a Double (bid = ask = v).",
    "truth": "truth NUMBER|drawn: nature's value v. A number sets it; drawn takes it from N(m, σ²) with the seeded generator (at each opening, so reset then run N repeats).",
    "undo": "undo: takes back the last order; the posterior and quotes come back bit for bit (replayed from the tape). Parameters set since stay.",
    "explain": "explain: how each quote was found: the trials of Newton's method in a bracket, and the break-even equation checked at the root.",
    "state": "state: the posterior's mean and sd (the prior N(m, σ²) times a step function cut at the quotes met), the quotes, and the hidden v.",
    "simulate": "simulate: many sessions of nature's arrivals against the exact quotes; the average spread and |mid − v| with standard errors, and the market maker's profit from informed and uninformed traders.",
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
