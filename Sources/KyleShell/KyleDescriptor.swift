import KyleModel
import ShellKit

/// The Kyle model's row of `ModelKind`'s table.
package let kyleModel = ModelDescriptor(
    name: "kyle",
    summary: "Kyle (1985): an insider trades over N auctions; price moves λ·flow",
    parameters: kyleParameterRows,
    helpTopics: kyleHelp.topics,
    verbs: kyleVerbs,
    omittedVerbs: kyleOmittedVerbs,
    verbSummaries: kyleHelp.summaries,
    verbDetails: kyleHelp.details,
    truthMeaning: "nature's v, which the insider knows: a number, or drawn from N(p₀, Σ₀)",
    truthAccepts: "a number (nature's v) or drawn",
    simulationTruthAccepts: "a number (nature's v) or drawn",
    truthChoicesForUsage: "V",
    truthChoices: ["drawn"],
    // Nature's v must be a finite number within ±1e9, as p₀ is.
    truth: { ModelTruth.numberOrDrawn($0, within: 1e9) },
    open: { seed in KyleSession(seed: seed) },
    spreadSetBy: "no spread: one price an auction, moved λ per unit of net flow",
    drills: ModelDrills(kinds: [.lambda, .price], draw: KyleExercise.draw),
    quantities: kyleQuantities)

/// The Kyle model's own verbs.
let kyleVerbs: [Verb] = [
    Verb(
        name: "flow", group: .trade, aliases: [], arguments: .numbers(1...1), usage: "flow Y",
        summary: "net order flow Y clears the next auction: E[v | y] = p + λ·y",
        details:
            "The market maker sees only the total flow y of the insider and the noise traders, and prices it at E[v | y] = p + λ·y. A typed flow has no split into the insider's and the noise traders' parts.",
        make: { .market(.own(ModelVerbCall("flow", $0, changesMarket: true))) }),
    Verb(
        name: "auction", group: .trade, aliases: [], arguments: .nothing, usage: "auction",
        summary: "nature plays the next auction: the insider's order plus noise",
        details:
            "The insider sends x_n = β_n·(v − p_{n−1})·Δt, the noise traders u_n ~ N(0, σ_u²·Δt) from the seeded generator; the market maker sees y_n = x_n + u_n and sets p_n = p_{n−1} + λ_n·y_n. The two parts are shown marked hidden.",
        make: { .market(.own(ModelVerbCall("auction", $0, changesMarket: true))) }),
    Verb(
        name: "run", group: .trade, aliases: [], arguments: .optionalCount(1...maximumAuctions), usage: "run [N]",
        summary: "nature plays the remaining auctions (or the next N)",
        details: "Each auction as `auction` plays it, one compact row each; without N, every auction left today.",
        make: { .market(.own(ModelVerbCall("run", $0, changesMarket: true))) }),
    Verb(
        name: "plan", group: .look, aliases: ["equilibrium"], arguments: .nothing, usage: "plan",
        summary: "Kyle's equilibrium: λ_n, β_n, Σ_n and the insider's profit",
        details:
            "Solves Theorem 2 of Kyle (1985) by its backward recursion (one cubic per auction) and lists λ_n, β_n (x_n = β_n(v − p_{n−1})Δt), Σ_n and each auction's expected profit E[x_n(v − p_n)], then α₀Σ₀ + δ₀.",
        make: { .market(.own(ModelVerbCall("plan", $0, changesMarket: false))) }),
    Verb(
        name: "insider", group: .games, aliases: [], arguments: .optionalSeed, usage: "insider [SEED]",
        summary: "be Kyle's insider for a day: you know v and choose your order each auction",
        details:
            "You know v; each auction you type your order x (a number of lots, negative sells, within ±20·σ_u, more when v lies further than σ_v from p₀; arithmetic such as 2*1.5 is read). The prompt shows the coming auction's λ_n; quote shows the price now and history the auctions so far. Noise traders send u ~ N(0, σ_u²·Δt), drawn once for the day from SEED (without one, a fresh seed, printed so the day can be replayed), and the market maker prices the net flow at p + λ_n·y with Kyle's equilibrium λ_n, as if you were the equilibrium insider. You earn x·(v − p_n). Beside you the equilibrium insider, x = β_n·(v − p)·Δt, meets the same noise in a market of its own. Each auction shows the price, your profit and how much of what you knew the price now holds; at the end, your profit against the equilibrium's. Trading much early moves the price to v and leaves nothing to earn later. quit leaves the game with the day so far scored; it does not change your market. A second game is not started while one is played.",
        make: { .market(.own(ModelVerbCall("insider", $0, changesMarket: false, allowedInLessons: false))) }),
]

/// Never withdraws: Kyle's market has one price and never closes.
extension KyleSession: ModelMarket, NeverWithdraws {
    var kind: ModelKind { .kyle }
    var time: Int { market.time }

    mutating func reseed(_ seed: UInt64) -> [Line] {
        setSeed(seed)
        guard tape.isEmpty, case .drawn = truth else { return [] }
        return [
            Line(
                "at t = 0 that is a new opening: nature's v is drawn again, v = \(Format.value(trueValue)) (hidden)",
                .hidden)
        ]
    }

    /// `t=1/4 p=102.19` for the prompt.
    var clock: String { "t=\(market.time)/\(market.parameters.auctions) p=\(Format.fixed(market.price, places: 2))" }

    func sameMarket(as other: any ModelMarket) -> Bool {
        (other as? KyleSession).map { $0.market == market && $0.tape == tape } ?? false
    }
}

extension ModelKind {
    /// The kyle model, as this module names it.
    package static let kyle = ModelKind(kyleModel)
}
