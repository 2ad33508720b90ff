import ShellKit

/// The PIN model's own verbs: a day's counts, loading days, estimating, the profile over α.
package enum PINVerb: String, ModelVerb {
    case day, load, estimate, profile

    package var row: VerbRow {
        switch self {
        case .day:
            VerbRow(
                group: .trade, arguments: .numbers(0...2), usage: "day [B S]",
                summary:
                    "a day's counts arrive (B buys, S sells): Bayes over no news / bad / good; `day` alone: nature draws one",
                details:
                    "day B S: a trading day with B buyer- and S seller-initiated trades. Prints, for each day type, its prior, the Poisson rates, ln P(B, S | type) = B·ln λ_B − λ_B − ln B! + S·ln λ_S − λ_S − ln S!, and the posterior exp(ln π + ln P − ln P(B, S)), all in logs (the probabilities themselves underflow for large days); then the opening quotes and those at the close, from the posterior. day alone: nature draws the type (set truth) and B ~ Po, S ~ Po from the seeded generator.")
        case .load:
            VerbRow(
                group: .studies, arguments: .file, usage: "load FILE",
                summary:
                    "read daily counts from a CSV file (header: buys,sells or B,S, optional date); they replace the days held",
                details:
                    "load FILE: a CSV whose first line (after blank and # comment lines) names the columns: buys or B, sells or S, in any case and order, and optionally date. Each later line is one day with whole counts. Anything else is refused in one line naming the line of the file; the days held stay as they were. export csv FILE writes the same shape.")
        case .estimate:
            VerbRow(
                group: .studies, aliases: ["fit"], arguments: .nothing, usage: "estimate",
                summary:
                    "maximum-likelihood alpha, delta, mu, eps_buy, eps_sell and PIN from the days held, with standard errors",
                details: pinEstimateHelp)
        case .profile:
            VerbRow(
                group: .studies, arguments: .nothing, usage: "profile",
                summary: "the likelihood surface along alpha: the best log-likelihood with alpha held at 0.1, 0.2, …, 0.9",
                details:
                    "profile: for alpha held at 0.1, 0.2, …, 0.9 (and at the estimate), the highest log-likelihood over delta, mu, eps_buy and eps_sell, searched from the estimate's point and from Ersan–Alici's starts. It shows how sharply the days pin alpha down: a drop of χ²₁(0.95)/2 = 1.9207 from the top marks the edge of an approximate 95% interval (likelihood ratio).")
        }
    }

    package var changesMarket: Bool {
        switch self {
        case .day, .load: true
        case .estimate, .profile: false
        }
    }

    package var allowedInLessons: Bool {
        switch self {
        case .day, .estimate, .profile: true
        case .load: false
        }
    }
}
