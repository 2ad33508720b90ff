import ShellKit

/// The PIN model's help text: its topics and the shared verbs' wording that differs under it, from
/// `Help/pin.md` (embedded at build time; `HelpDocument` reads it).
let pinHelp = HelpDocument(
    embedded: PackageResources.pin_md, file: "Sources/PINShell/Help/pin.md")

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
