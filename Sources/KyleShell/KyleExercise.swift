import KyleModel
import ShellKit

/// Kyle-model exercises with round numbers: the one-shot λ, and the price after a flow (with λ₁
/// given from the equilibrium plan when there are several auctions). The answer is the model's
/// own auction (`KyleMarket.clear`), and the worked steps are what `flow Y` prints for it.
enum KyleExercise {
    static let means: [Double] = [100, 50, 20]
    /// σ_v and σ_u drawn so that the one-shot λ = σ_v/(2σ_u) is at least 0.1 (ten times the tolerance).
    static let sigmas: [Double] = [4, 5, 10]
    static let noiseSDs: [Double] = [4, 8, 10, 20]
    static let auctionCounts = [1, 2, 4]
    static let flows: [Double] = [-20, -15, -10, -5, 5, 10, 15, 20]

    static func draw(_ kind: DrillKind, _ draw: inout DrillDraw) -> Exercise {
        var p = KyleParameters()
        p.mean = draw.pick(means)
        p.sigma = draw.pick(sigmas)
        p.noiseSD = draw.pick(noiseSDs)
        p.auctions = kind == .lambda ? 1 : draw.pick(auctionCounts)
        return exercise(kind, p, flow: draw.pick(flows))
    }

    /// The exercise of `kind` in the market `p`, about a first-auction flow `flow` (the λ
    /// exercise's commands clear a flow of 1, whose λ is the same).
    static func exercise(_ kind: DrillKind, _ p: KyleParameters, flow: Double) -> Exercise {
        var market = KyleMarket(parameters: p)
        let y = kind == .lambda ? 1 : flow
        // A finite flow on a finite plan clears the first auction.
        guard let auction = try? market.clear(flow: y) else { preconditionFailure("a drill flow did not clear") }
        let text = KyleAuctionText(auction: auction, auctions: p.auctions)
        let commands = [
            "model kyle", "set mean \(Format.number(p.mean))", "set sigma \(Format.number(p.sigma))",
            "set noise_sd \(Format.number(p.noiseSD))", "set auctions \(p.auctions)", "flow \(Format.number(y))",
        ]
        let (question, value, name, steps, key): (String, Double, String, [[Line]], String)
        switch kind {
        case .lambda:
            (question, value, name, steps, key) = (
                "What is λ, the price move per unit of net order flow?", auction.lambda, "λ",
                lambdaSteps(p, auction), "lambda"
            )
        case .price:
            (question, value, name, steps, key) = (
                "The first auction's net order flow is y₁ = \(Format.number(flow)). What is the new price p₁?",
                auction.price, "the new price p₁",
                p.auctions == 1 ? [[text.varianceLine, text.lambdaLine], [text.priceLine]] : [[text.priceLine]],
                "price"
            )
        default:
            preconditionFailure("the kyle model offers only \(DrillKind.kinds(of: .kyle)) drills")
        }
        return Exercise(
            model: .kyle, kind: kind, setting: setting(p, lambda: auction.lambda),
            question: "\(question) (\(Exercise.toleranceText))", answer: .number(value), answerName: name,
            answerSentence: "\(name) is \(Format.price(value))", steps: steps, commands: commands, recordKey: key)
    }

    /// λ worked from the model's recursion with one auction, down to the one-shot closed form
    /// σ_v/(2σ_u), then checked against the line `flow` prints (λ₁ = β₁·Σ₁/σ_u²).
    static func lambdaSteps(_ p: KyleParameters, _ a: KyleAuction) -> [[Line]] {
        let num = KyleNotation.number
        let sv = Format.number(p.sigma)
        let su = Format.number(p.noiseSD)
        return [
            [
                Line("  one auction: nothing is left to earn after it, so α₁ = 0 in Kyle's recursion"),
                Line("  and β₁ = (1 − 2α₁λ₁)/(2λ₁(1 − α₁λ₁)) = 1/(2λ₁); Σ₁ = (1 − β₁λ₁)·Σ₀ = Σ₀/2"),
            ],
            [
                Line("  λ₁ = β₁·Σ₁/σ_u² = Σ₀/(4λ₁σ_u²), so λ₁² = σ_v²/(4σ_u²):"),
                Line("  λ = σ_v/(2σ_u) = \(sv)/(2 × \(su)) = \(num(a.lambda))"),
            ],
            [KyleAuctionText(auction: a, auctions: p.auctions).varianceLine, KyleAuctionText(auction: a, auctions: p.auctions).lambdaLine],
        ]
    }

    /// The market in words; with several auctions, the plan's λ₁ (not a hand computation).
    static func setting(_ p: KyleParameters, lambda: Double) -> [Line] {
        var lines = [
            Line(
                "v ~ N(p₀, σ_v²) with p₀ = \(Format.number(p.mean)), σ_v = \(Format.number(p.sigma)); the insider knows v; noise traders' flow has sd σ_u = \(Format.number(p.noiseSD)) over the day"
            )
        ]
        if p.auctions == 1 {
            lines.append(Line("one auction (the one-shot model); the market maker sets the price to E[v | net flow]"))
        } else {
            lines.append(
                Line(
                    "N = \(p.auctions) auctions; the equilibrium (plan) has λ₁ = \(KyleNotation.number(lambda)) at the first; the price is E[v | net flow]"
                ))
        }
        return lines
    }
}

/// Kyle's own drill kinds.
extension DrillKind {
    /// Kyle's λ, the price move per unit of net order flow (one auction).
    package static let lambda = DrillKind("lambda", summary: "λ, the price move per unit of net flow (one auction)")
    /// Kyle's price after an auction's net order flow.
    package static let price = DrillKind("price", summary: "the price after an auction's net order flow")
}
