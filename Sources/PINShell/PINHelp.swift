import ShellKit

/// The PIN model's own verbs: a day's counts, loading days, estimating, the profile over α.
let pinVerbs: [Verb] = [
    Verb(
        name: "day", group: .trade, aliases: [], arguments: .numbers(0...2), usage: "day [B S]",
        summary:
            "a day's counts arrive (B buys, S sells): Bayes over no news / bad / good; `day` alone: nature draws one",
        details:
            "day B S: a trading day with B buyer- and S seller-initiated trades. Prints, for each day type, its prior, the Poisson rates, ln P(B, S | type) = B·ln λ_B − λ_B − ln B! + S·ln λ_S − λ_S − ln S!, and the posterior exp(ln π + ln P − ln P(B, S)), all in logs (the probabilities themselves underflow for large days); then the opening quotes and those at the close, from the posterior. day alone: nature draws the type (set truth) and B ~ Po, S ~ Po from the seeded generator.",
        make: { .market(.own(ModelVerbCall("day", $0, changesMarket: true))) }),
    Verb(
        name: "load", group: .studies, aliases: [], arguments: .file, usage: "load FILE",
        summary:
            "read daily counts from a CSV file (header: buys,sells or B,S, optional date); they replace the days held",
        details:
            "load FILE: a CSV whose first line (after blank and # comment lines) names the columns: buys or B, sells or S, in any case and order, and optionally date. Each later line is one day with whole counts. Anything else is refused in one line naming the line of the file; the days held stay as they were. export csv FILE writes the same shape.",
        make: { .market(.own(ModelVerbCall("load", $0, changesMarket: true, allowedInLessons: false))) }),
    Verb(
        name: "estimate", group: .studies, aliases: ["fit"], arguments: .nothing, usage: "estimate",
        summary:
            "maximum-likelihood alpha, delta, mu, eps_buy, eps_sell and PIN from the days held, with standard errors",
        details: pinEstimateHelp,
        make: { .market(.own(ModelVerbCall("estimate", $0, changesMarket: false))) }),
    Verb(
        name: "profile", group: .studies, aliases: [], arguments: .nothing, usage: "profile",
        summary: "the likelihood surface along alpha: the best log-likelihood with alpha held at 0.1, 0.2, …, 0.9",
        details:
            "profile: for alpha held at 0.1, 0.2, …, 0.9 (and at the estimate), the highest log-likelihood over delta, mu, eps_buy and eps_sell, searched from the estimate's point and from Ersan–Alici's starts. It shows how sharply the days pin alpha down: a drop of χ²₁(0.95)/2 = 1.9207 from the top marks the edge of an approximate 95% interval (likelihood ratio).",
        make: { .market(.own(ModelVerbCall("profile", $0, changesMarket: false))) }),
]

/// `help estimate`.
let pinEstimateHelp =
    "estimate: fits alpha, delta, mu, eps_buy and eps_sell by maximum likelihood on the days held. The log-likelihood is the full one, ln Π P(B, S), including −Σ ln(B!·S!) (some packages leave that constant out, so their numbers differ by it), in Lin and Ke's (2011) factorisation: the three day types' terms are combined by log-sum-exp around the largest, so days of 10^4 trades and more never overflow. The search is Newton's method with Levenberg–Marquardt damping and an analytic gradient and Hessian, run from every start of Yan and Zhang's (2012) grid (alpha, delta, gamma on 0.1 … 0.9) and of Ersan and Alici's (2016) clusters of |B − S|; the best is kept, and the count of starts that reached it (within 0.001) says how often a single start would have stopped at a lower local maximum. Standard errors come from the observed information, the inverse of minus the analytic Hessian at the estimate (tested against finite differences); PIN's from the delta method. The no-event point (alpha 0, eps_buy and eps_sell the mean counts, its log-likelihood in closed form) is always a candidate: when the best fit sits there, PIN is 0 and mu and delta are not identified (null in --json), since without events the counts do not depend on them. A parameter at a bound (alpha or delta at 0 or 1, a rate at 0) gets none: the maximum is not interior there, and the others' are then conditional on it. Each day's posterior type comes from the estimate."

/// `help`'s one-line summaries that say something else in the PIN model.
let pinVerbSummaries: [String: String] = [
    "run": "nature draws N days from the parameters and truth; a row per day",
    "quote": "the opening bid and ask (EKOP), the spread and PIN·(high − low)",
    "state": "the prior over no news / bad / good, the last day's posterior, and nature's truth",
    "history": "the last N days (default 20, at most 10000): counts, where they came from, the posterior type",
    "set": "change a parameter (see `params`); the days held stay",
    "reset": "forget every day; the generator reseeded",
    "undo": "take back the last day",
    "export": "write the days held to FILE as CSV (export csv FILE), the shape load reads",
]

/// `help VERB` texts that differ from the shared table's under the PIN model.
let pinVerbDetails: [String: String] = [
    "run":
        "run N: nature draws N days, each of the type truth says (drawn: no news with 1 − alpha, bad with alpha·delta, good with alpha·(1 − delta)), then B ~ Poisson(buy rate) and S ~ Poisson(sell rate) from the seeded generator.",
    "quote":
        "quote: the opening quotes, before any of the day's orders: ask = Σ P(type)·buy rate·V / Σ P(type)·buy rate, the bid the same with sell rates, V = low after bad news, high after good, delta·low + (1 − delta)·high without news. With delta = ½ and eps_buy = eps_sell the spread is exactly PIN·(high − low).",
    "set":
        "set NAME VALUE: alpha, delta, mu, eps_buy, eps_sell, low, high. The days held are data and stay; the next day's Bayes step, the quotes and the days nature draws use the new values (estimate uses only the days). truth takes good, bad, none or drawn.",
    "undo": "undo: takes back the last day held (typed, drawn or loaded); parameters set since stay.",
    "reset": "reset: forgets every day held and reseeds the generator, so reset then run N repeats exactly.",
    "export":
        "export csv FILE: the days held, as a date,buys,sells (or buys,sells) CSV that load reads back; a date that begins with # or a quote, or begins or ends with a space, is written in double quotes so that it reads back the same.",
]

/// The PIN model's concepts a learner can ask `help` about (`help model` first).
let pinHelpTopics: [(name: String, text: String)] = [
    (
        "model",
        "The PIN model (model pin; Easley, Kiefer, O'Hara and Paperman 1996) is the event-uncertainty model seen a day at a time. Each day an information event happens with probability alpha; the news is bad with delta, good with 1 − delta. Uninformed buyers and sellers arrive at Poisson rates eps_buy and eps_sell per day; on event days informed traders arrive at rate mu on the side the news favours. So a day has B ~ Po(eps_buy), S ~ Po(eps_sell) without news; S ~ Po(mu + eps_sell) after bad news; B ~ Po(mu + eps_buy) after good news. day B S shows Bayes' rule over the three types; estimate fits the parameters to many days."
    ),
    (
        "pin",
        "PIN = alpha·mu / (alpha·mu + eps_buy + eps_sell): of the orders expected on a day, the share sent by informed traders. It is what the market maker's opening spread prices: with delta = ½ and eps_buy = eps_sell, the opening ask is V* + PIN·(high − low)/2 and the bid V* − PIN·(high − low)/2, so spread = PIN·(high − low). estimate gives it with a delta-method standard error: Var(PIN) ≈ ∇PINᵀ Σ ∇PIN, with ∂PIN/∂alpha = mu(eps_buy + eps_sell)/D², ∂PIN/∂mu = alpha(eps_buy + eps_sell)/D², ∂PIN/∂eps = −alpha·mu/D², D = alpha·mu + eps_buy + eps_sell."
    ),
    (
        "bayes",
        "After a day of B buys and S sells, P(type | B, S) ∝ P(type)·P(B | type)·P(S | type), each Poisson. The probabilities underflow (e^(−1000) is 0 in a Double), so the shell works in logs: ln P(B, S | type) = B·ln λ_B − λ_B − ln B! + S·ln λ_S − λ_S − ln S!, adds ln P(type), and takes the posterior as exp(term − ln Σ exp(terms)), the sum taken around its largest term. A day with many sells and ordinary buys fits the bad-news sell rate mu + eps_sell far better than eps_sell, and the buys say nothing either way (eps_buy in both), so its posterior goes to bad news."
    ),
]
