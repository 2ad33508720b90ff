import ShellKit

/// The Kyle model's own verbs: net flows and auctions in place of orders, its `run`, the
/// equilibrium, and the insider's game.
enum KyleVerb: String, ModelVerb {
    case flow, auction, run, plan, insider

    var row: VerbRow {
        switch self {
        case .flow:
            VerbRow(
                group: .trade, arguments: .numbers(1...1), usage: "flow Y",
                summary: "net order flow Y clears the next auction: E[v | y] = p + λ·y",
                details:
                    "The market maker sees only the total flow y of the insider and the noise traders, and prices it at E[v | y] = p + λ·y. A typed flow has no split into the insider's and the noise traders' parts.")
        case .auction:
            VerbRow(
                group: .trade, arguments: .nothing, usage: "auction",
                summary: "nature plays the next auction: the insider's order plus noise",
                details:
                    "The insider sends x_n = β_n·(v − p_{n−1})·Δt, the noise traders u_n ~ N(0, σ_u²·Δt) from the seeded generator; the market maker sees y_n = x_n + u_n and sets p_n = p_{n−1} + λ_n·y_n. The two parts are shown marked hidden.")
        case .run:
            VerbRow(
                group: .trade, arguments: .optionalCount(1...maximumAuctions), usage: "run [N]",
                summary: "nature plays the remaining auctions (or the next N)",
                details: "Each auction as `auction` plays it, one compact row each; without N, every auction left today.")
        case .plan:
            VerbRow(
                group: .look, aliases: ["equilibrium"], arguments: .nothing, usage: "plan",
                summary: "Kyle's equilibrium: λ_n, β_n, Σ_n and the insider's profit",
                details:
                    "Solves Theorem 2 of Kyle (1985) by its backward recursion (one cubic per auction) and lists λ_n, β_n (x_n = β_n(v − p_{n−1})Δt), Σ_n and each auction's expected profit E[x_n(v − p_n)], then α₀Σ₀ + δ₀.")
        case .insider:
            VerbRow(
                group: .games, arguments: .optionalSeed, usage: "insider [SEED]",
                summary: "be Kyle's insider for a day: you know v and choose your order each auction",
                details:
                    "You know v; each auction you type your order x (a number of lots, negative sells, within ±20·σ_u, more when v lies further than σ_v from p₀; arithmetic such as 2*1.5 is read). The prompt shows the coming auction's λ_n; quote shows the price now and history the auctions so far. Noise traders send u ~ N(0, σ_u²·Δt), drawn once for the day from SEED (without one, a fresh seed, printed so the day can be replayed), and the market maker prices the net flow at p + λ_n·y with Kyle's equilibrium λ_n, as if you were the equilibrium insider. You earn x·(v − p_n). Beside you the equilibrium insider, x = β_n·(v − p)·Δt, meets the same noise in a market of its own. Each auction shows the price, your profit and how much of what you knew the price now holds; at the end, your profit against the equilibrium's. Trading much early moves the price to v and leaves nothing to earn later. quit leaves the game with the day so far scored; it does not change your market. A second game is not started while one is played.")
        }
    }

    var changesMarket: Bool {
        switch self {
        case .flow, .auction, .run: true
        case .plan, .insider: false
        }
    }

    var allowedInLessons: Bool {
        switch self {
        case .flow, .auction, .run, .plan: true
        case .insider: false
        }
    }
}
