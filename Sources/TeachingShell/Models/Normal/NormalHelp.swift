/// The normal model's concepts a learner can ask `help` about (`help model` first).
let normalHelpTopics: [(name: String, text: String)] = [
    ("model", "Glosten and Milgrom (1985) with the value as the document states it: v ~ N(m, σ²), mean m and standard deviation σ. An arrival is informed with probability mu: it knows v, buys when v is above the ask, sells when v is below the bid, and stays out between. Otherwise it is uninformed and buys with eps_buy, sells with eps_sell, or stays out. The market maker sets each quote where it breaks even on the order that hits it, net of the cost c."),
    ("quotes", "The ask a solves a = E[v | buy at a] + c, the smallest such a at or above E[v]; the bid b solves b = E[v | sell at b] − c, the largest at or below E[v]. A buy at a comes from an informed trader only when v > a, so E[v | buy at a] = [mu·E(v·1{v>a}) + (1−mu)·eps_buy·E(v)] / [mu·P(v>a) + (1−mu)·eps_buy]: the price sets who buys, and who buys sets the price, hence a fixed point (explain shows how it was found). As mu → 1 the spread grows without bound; at mu = 1 no ask or bid breaks even. For small mu the opening spread is about 2·√(2/π)·mu·σ ≈ 1.60·mu·σ."),
    ("bayes", "After an order the market maker multiplies its density of v by the order's likelihood, a step function of v: a buy at a has likelihood mu + (1−mu)·eps_buy above a and (1−mu)·eps_buy below it. So the belief is the prior normal density times steps whose breaks are the quotes met so far, and every probability and mean is a finite sum of Φ and φ terms, computed exactly."),
    ("informed", "P(trader informed | buy) = mu·P(v > a) / P(buy), with P(buy) = mu·P(v > a) + (1−mu)·eps_buy, all under the belief before the order. While the belief is still normal, E[v | buy] = m + P(informed | buy)·σ·λ(z) with λ(z) = φ(z)/(1 − Φ(z)) the inverse Mills ratio at z = (a − m)/σ."),
]

/// `help VERB` texts that differ under the normal model.
let normalVerbDetails: [String: String] = [
    "buy": "The market maker does not know whether the buyer is informed. It fills at the ask, multiplies its belief about v by P(buy | v), a step at the ask, and quotes again by solving the fixed point; the step prints P(v > a), E[v | v > a], P(trader informed | buy), the equation checked at the ask, and the belief's mean and standard deviation.",
    "sell": "The mirror image of buy: fills at the bid; P(sell | v) steps down at the bid.",
    "pass": "A period with no trade. P(no trade | v) is mu + (1−mu)·(1 − eps_buy − eps_sell) between the bid and the ask (informed traders stay out there) and (1−mu)·(1 − eps_buy − eps_sell) outside, so a no-trade pulls the belief toward the quotes. When every uninformed arrival trades (eps_buy + eps_sell = 1) a no-trade says v lies between the bid and the ask.",
    "informed": "Nature sends a trader who knows v (see set truth): a buy when v is above the ask, a sell when v is below the bid, no trade between. The market maker sees only the order.",
    "noise": "Nature sends a liquidity trader who buys with probability eps_buy, sells with eps_sell and otherwise stays out, from the seeded generator.",
    "run": "Each period an informed trader arrives with probability mu, otherwise an uninformed one. Long runs show the first and last rows and a summary. A run stops early, saying so, if the market maker has learnt v to the precision of a Double. Ctrl-C stops a long run at a safe point.",
    "state": "Shows the belief's mean E[v] and standard deviation, whether it is still normal, and, marked hidden, nature's v.",
    "explain": "Shows how each quote was found: the bracket, the trials of the root search, and the fixed-point equation at the root with its numbers.",
    "set": "Changing mean or sigma defines a new prior and restarts at t = 0. Changing mu, gamma, eps_buy, eps_sell, eps or cost keeps the belief and applies from the next order; mu = 1 is refused (no ask exists). truth takes a number (nature's v) or drawn (a draw from N(m, σ²) at each opening).",
    "compare": "The document's two-market study is the binary model's: model binary, then compare.",
]
