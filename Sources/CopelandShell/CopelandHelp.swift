import ShellKit

/// `help`'s one-line summaries that say something else in the Copeland–Galai model.
let copelandVerbSummaries: [String: String] = [
    "informed": "an informed trader arrives: she buys if V > ask, sells if V < bid, else passes",
    "noise": "a liquidity trader arrives: a buyer or seller who pays up to u ~ U[0, C] away from m",
    "run": "N arrivals drawn by nature (informed with probability pi); compact rows and the dealer's totals",
    "explain": "why the dealer's best half-spread is x* = Cw/(2w(1 − π) + πC), with these numbers",
    "set": "change a parameter (see `params`); every one opens a new market",
    "state": "the quotes, nature's V (hidden), and the dealer's realised profit against 2Π(x)",
    "history": "the last N arrivals (default 20): who, what she wanted, the trade, the dealer's profit",
    "undo": "take back the last arrival: the dealer's totals as they were before it",
    "quote": "the dealer's bid m − x and ask m + x, or why she posts none",
]

/// `help VERB` in the Copeland–Galai model.
let copelandVerbDetails: [String: String] = [
    "informed":
        "informed: an arrival who knows V. She buys at the ask if V > ask, sells at the bid if V < bid, and otherwise passes. The dealer makes ask − V on her buy and V − bid on her sell: never positive.",
    "noise":
        "noise: a liquidity trader. Nature draws her side (buy or sell, ½ each) and her reservation u ~ U[0, C]; she trades at half-spread x when u ≥ x, with probability 1 − x/C. The dealer expects x from her trade; she realises ask − V or V − bid.",
    "run":
        "run N: N arrivals, each informed with probability pi; the first and last rows, the counts and the dealer's totals.",
    "undo":
        "undo: takes back the last arrival; the dealer's totals come back (replayed from the opening). The generator goes on, so a new arrival is a new draw.",
    "set":
        "set NAME VALUE: mean, width, pi and premium each open a new market at t = 0; nature draws V again unless truth is a number.",
    "quote":
        "quote: the dealer's bid m − x and ask m + x at her best half-spread x*, or, when no half-spread earns anything (π·(2w − C) ≥ C), that she posts none. Changes nothing.",
    "state":
        "state: the quotes, nature's V and the law it was drawn from (marked hidden from the dealer), and the dealer's arrivals, trades and realised profit against her expected 2Π(x) per arrival.",
    "explain":
        "explain: Π(x) = (1 − π)·½·(1 − x/C)·x − π·(w − x)²/(4w) with these numbers, the first-order condition that gives x*, the dealer's profit there, and the informed share π̄ from which the market shuts.",
]

/// `help model` in the Copeland–Galai model.
private let copelandModelText =
    "Copeland and Galai (1983). Nature draws the value V ~ U[m − w, m + w] once per market (mean = m, width = w); the dealer knows only that law. She posts bid m − x and ask m + x. Each arrival is informed with probability pi (she buys if V > ask, sells if V < bid) or a liquidity trader, a buyer or a seller with probability ½ each, who pays at most u ~ U[0, C] away from m (premium = C). Per arrival and side the dealer expects Π(x) = (1 − π)·½·(1 − x/C)·x − π·(w − x)²/(4w) for x ≤ min(w, C): what liquidity traders pay, less what informed ones take. Its best x is x* = C·w/(2w(1 − π) + π·C) with Π = (x* − π·w)/4; when C > 2w it is C/2, above every value. The market shuts (no x earns anything) when π·(2w − C) ≥ C, from π̄ = C/(2w − C) when C < w. profit X prices any half-spread."

/// The Copeland–Galai model's concepts a learner can ask `help` about (`help model` first).
let copelandHelpTopics: [(name: String, text: String)] = [
    ("model", copelandModelText),
    ("copeland", copelandModelText),
]
