import ShellKit

/// The Kyle model's help text: its topics and the shared verbs' wording that differs under it, from
/// `Help/kyle.md` (embedded at build time; `HelpDocument` reads it).
let kyleHelp = HelpDocument(
    embedded: PackageResources.kyle_md, file: "Sources/KyleShell/Help/kyle.md")

/// The shared verbs the Kyle model does not offer, with what to use instead.
let kyleOmittedVerbs: [String: String] = [
    "buy": "the market maker sees only net order flow: flow Y (Y > 0 net buying), or auction for nature's",
    "sell": "the market maker sees only net order flow: flow -Y for net selling, or auction for nature's",
    "pass": "every auction clears some net flow: flow 0 is an auction with no net order",
    "informed": "the insider trades at every auction: auction draws her order with the noise traders'",
    "noise": "noise traders trade at every auction: auction draws their order with the insider's",
    "run": "run [N] plays the remaining auctions of the day (or the next N)",
    "explain": "plan shows λ_n, β_n, Σ_n for every auction; each auction prints its own arithmetic",
    "plot": "there is no chart of a Kyle day: history lists it, export csv writes it",
    "compare": "it is the document's study of the binary model: model binary, then compare",
    "simulate": "plan gives the expectations (profit, Σ_n); auction and run play one seeded day",
    "maker": "Kyle's market maker posts no quotes to compete with; insider makes you Kyle's insider",
]
