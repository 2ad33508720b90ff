import ShellKit

/// `help`'s one-line summaries that say something else in the inventory model.
let inventoryVerbSummaries: [String: String] = [
    "buy": "a customer buys a lot at the ask: I falls by one, both quotes shade up by A·σ²",
    "sell": "a customer sells a lot at the bid: I rises by one, both quotes shade down by A·σ²",
    "noise": "one of nature's customers: a would-be buyer or seller who trades if the quote is within his premium",
    "run": "N of nature's customers; compact rows; inventory reverts through the quotes",
    "explain": "where r = v − A·σ²·I comes from, and why inventory reverts, with this market's numbers",
    "set": "change a parameter (see `params`); mean restarts the market, the others reprice at once",
    "export": "write the tape (csv, json): customer, price, inventory, r and the quotes per period",
    "state": "the dealer's inventory, cash, r and quotes, and nature's expected drift at them",
    "history": "the last N periods (default 20): who came, his premium, the trade, I and the quotes",
    "undo": "take back the last period: inventory, cash and the clock as they were before it",
]

/// `help VERB` in the inventory model.
let inventoryVerbDetails: [String: String] = [
    "buy":
        "buy: a customer buys one lot at the dealer's ask r + s, as in every model (a buy hits the ask), so she sells it and I falls by one. Prints I, r = v − A·σ²·I with its numbers, the new quotes, and why they moved: inventory, not information (v does not change).",
    "sell": "sell: a customer sells one lot at the bid r − s: I rises by one and both quotes shade down by A·σ².",
    "noise":
        "noise: nature sends one customer: a would-be buyer or seller with probability ½ each, with premium w ~ U[0, premium] (seeded). A buyer buys if ask ≤ v + w, a seller sells if bid ≥ v − w; otherwise he leaves and nothing trades. So P(buy) = ½·(1 − (ask − v)/W) and P(sell) = ½·(1 − (v − bid)/W), each kept within [0, ½].",
    "run":
        "run N: N of nature's customers (as noise); the first and last rows, counts, and where I went on this path. The expected drift at the final quotes is printed beside it.",
    "undo":
        "undo: takes back the last period; inventory, cash and quotes come back bit for bit (replayed from the tape). Parameters set since stay; the generator goes on.",
    "state":
        "state: I, cash and wealth at v, r with its numbers, the quotes, and nature's P(buy), P(sell) and E[ΔI] at them.",
    "set":
        "set NAME VALUE: mean (v) restarts the market at t = 0; risk, sigma, half_spread and premium keep the inventory and reprice the quotes at once.",
    "history":
        "history [N]: the last N periods (default 20): who came, his premium, the trade, the price, I and the quotes.",
    "quote": "quote: bid r − s and ask r + s around r = v − A·σ²·I.",
    "explain":
        "explain: why the dealer shades her quotes: r = v − A·σ²·I from her mean–variance cost of holding I lots, the quotes r ± s, nature's customers' P(buy) and P(sell) at them, and the expected reversion E[ΔI], with this market's numbers.",
    "export":
        "export csv|json FILE: one row per period with the columns "
        + InventorySession.columns.joined(separator: ", ")
        + " (price is empty when the customer left). svg is refused: this model has no charts.",
]

/// `help model` in the inventory model.
private let inventoryModelText =
    "A risk-averse dealer (Stoll 1978; Ho and Stoll 1981) holds I lots of an asset whose value has mean v (mean) and variance σ² (sigma²), and dislikes risk with coefficient A (risk). Her reservation price r = v − A·σ²·I is her marginal valuation of the asset at her inventory (she is indifferent to buying one more lot at r − A·σ²/2 and to selling one at r + A·σ²/2), and she quotes bid = r − s, ask = r + s (s = half_spread, her order-processing half-spread). A customer's buy at the ask takes a lot from her (I − 1) and raises both quotes by A·σ²; a sell gives her one (I + 1) and lowers them. Nature's customers (noise, run) trade only when the quote is within their premium w ~ U[0, premium] of v, so quotes shaded down sell more and buy less: inventory reverts toward 0, by −(A·σ²/W)·I a period in expectation while no customer's limit binds. v never changes."

/// The inventory model's concepts a learner can ask `help` about (`help model` first).
let inventoryHelpTopics: [(name: String, text: String)] = [
    ("model", inventoryModelText),
    ("inventory", inventoryModelText),
    (
        "contrast",
        "Here a buy moves the quotes without any information: v is known and fixed, and the dealer raises her quotes after a customer buys only because she is now short a lot and wants it back. In Glosten–Milgrom (model binary) a buy moves the quotes because of information: the market maker holds no inventory and has no risk aversion, and she raises them because a buy is likelier from someone who knows the value is high. So a run of buys pushes the quotes up in both, for different reasons: here the move is undone as inventory reverts (customers sell to her at her higher bid), there it lasts (it was news: with c = 0 her expectation of every later trade price is her E[V] now, which after a buy is the price it paid, not the ask she quotes next)."
    ),
    (
        "reversion",
        "Nature's customer is a would-be buyer or seller (½ each) with premium w ~ U[0, W]. At r = v − k·I (k = A·σ²), ask − v = s − k·I and v − bid = s + k·I, so P(buy) = ½·(1 − (s − k·I)/W) and P(sell) = ½·(1 − (s + k·I)/W) while both lie within [0, ½], i.e. while |k·I| ≤ s and s + |k·I| ≤ W. Then E[ΔI] = P(sell) − P(buy) = −(k/W)·I: inventory reverts at the rate κ = A·σ²/W a period, E[I_t] = (1 − κ)^t·I₀ while the path stays in that range. Beyond it at most the ½ who want to buy can buy, and the pull is weaker than −κ·I."
    ),
]
