import ShellKit

/// The binary model's concepts a learner can ask `help` about, each a few sentences.
let binaryHelpTopics: [(name: String, text: String)] = [
    (
        "model",
        "Glosten–Milgrom (1985): a market maker quotes a bid and an ask to traders who arrive one at a time. While informed traders are active, an arrival is informed with probability mu and trades toward the true value (high or low) when the quote lets it profit; otherwise it is uninformed and buys with probability eps_buy, sells with eps_sell, or stays out. Easley–O'Hara (1992) adds alpha: with probability 1 − alpha no news happened, the value is V* and only uninformed traders come."
    ),
    (
        "bayes",
        "After each order the market maker updates P(state) by Bayes' rule: P(s | order) = P(s) × P(order | s) / P(order), where P(order) = Σ P(s) × P(order | s). It sees only the order, never who sent it."
    ),
    (
        "odds",
        "Bayes' rule in odds form: posterior odds = prior odds × likelihood ratio, the ratio P(order | V_H) / P(order | V_L). In classic GM (alpha = 1) with gamma = 1/2, while both sides are open and informed traders trade at both quotes, a buy multiplies the odds of V_H to V_L by (1+mu)/(1−mu) and a sell divides them by the same, so only buys minus sells matters; with gamma ≠ 1/2 a buy then a sell does not return to the prior. With alpha < 1, while both sides are open and informed traders trade on both, each no-trade multiplies the odds that an event occurred by (1−mu); with a side withdrawn the ratios change, and every step prints the ones it used."
    ),
    (
        "quotes",
        "The market maker quotes each side at the price nearest E[V] where it expects not to lose on the order that hits it, net of the per-trade cost c. While informed traders trade there (an ask below high, a bid above low) that is ask = E[V | buy] + c and bid = E[V | sell] − c; where they would not, the ask is the larger of high and E[V | buy, informed traders staying out] + c (the bid likewise: the smaller of low and E[V | sell, informed traders staying out] − c), and an order at a price sitting at high or low earns more than c (explain shows each side). When informed traders buy after good news and sell after bad (mu > 0), E[V | buy] > E[V] > E[V | sell]: the spread is the price of adverse selection, plus 2c. With theta = 1/2, eps_buy = eps_sell = eps and c = 0 the opening spread is alpha·mu·(high − low) / (alpha·mu + 2·eps·(1 − alpha·mu)); in classic GM (alpha = 1, gamma = 1/2) that is mu × (high − low). Other openings: use explain."
    ),
    (
        "breakdown",
        "With a tolerance, uninformed traders pay at most tolerance above E[V] (and accept at most tolerance below it). A side whose break-even half-spread exceeds the tolerance is withdrawn; with both withdrawn nothing trades, beliefs freeze and price discovery halts. Lower mu or cost, or raise tolerance, to reopen. Example (classic GM, gamma 1/2, no cost): low 100, high 110, prior 1/2, tolerance 1.2: open at mu 0.2 (half-spread 1.0), closed at mu 0.3 (1.5)."
    ),
    (
        "elastic",
        "set elastic C makes uninformed traders answer the price (Glosten–Milgrom 1985 §3): one who wants to buy does so at ask a with probability f = max(0, 1 − (a − E[V])/C), one who wants to sell at bid b with g = max(0, 1 − (E[V] − b)/C) (a reservation premium uniform on [0, C]); set elastic value takes C = E[V] at each quote (GM's eq. 9), set elastic off is the default, inelastic demand. Each side is then the smallest price where the market maker does not lose: with alpha 1 and no cost the ask is E[V] + x with x the smaller root of K·x²/C − (K + θμ)·x + θμ·(V_H − E[V]) = 0, K = (1 − mu)·eps_buy, the bid likewise. When no root exists no price breaks even and the side is withdrawn; explain shows the quadratic, and sweep prior FROM TO STEP shows for which priors. With elastic value and low > 0 the bid always survives: at b = V_L informed sellers stop and the uninformed still selling pay E[V] − V_L each. Bayes' rule uses the likelihoods at the quotes (P(buy | V_L) = (1 − mu)·eps_buy·f); uninformed traders who decline count as no trade. A tolerance still applies on top. simulate plays elastic markets with the reference engine (one period at a time, slower)."
    ),
    (
        "informed",
        "Two different numbers answer 'is this informed trading?'. P(event) = π_B + π_G persists: the belief that informed traders are active at all (shown when alpha < 1). P(trader informed | order) is per trade: the chance that this particular order came from an informed trader, computed with the beliefs before the update."
    ),
]
