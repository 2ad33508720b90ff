import KyleModel
import ShellKit

/// `plan`: Kyle's equilibrium for every auction of the day and the insider's expected profit.
struct KylePlanText {
    let plan: KylePlan
    /// The auctions cleared so far (the next one is marked).
    let time: Int

    /// With more auctions than this, the table shows the first and last few.
    static let shownRows = 8

    var lines: [Line] {
        let p = plan.parameters
        var lines = [
            Line(
                "Kyle's equilibrium (Theorem 2): N = \(p.auctions), Δt = \(Format.value(p.interval)), Σ₀ = \(num(p.priorVariance)), σ_u² = \(num(p.noiseVariance))",
                .heading),
            Line(
                "     n " + Format.pad("λ_n", 12) + Format.pad("β_n", 12) + Format.pad("Σ_n", 12) + "E[x_n(v − p_n)]",
                .dim),
        ]
        let all = plan.auctions
        let head = all.count > Self.shownRows ? Array(all.prefix(Self.shownRows / 2)) : all
        let tail = all.count > Self.shownRows ? Array(all.suffix(Self.shownRows / 2)) : []
        lines += head.map(row)
        if !tail.isEmpty {
            lines.append(
                Line(
                    "    … \(all.count - head.count - tail.count) more auctions (the JSON plan lists every one) …", .dim
                ))
            lines += tail.map(row)
        }
        let oneShot = p.noiseSD * p.sigma / 2
        lines += [
            Line(
                "insider's expected profit α₀Σ₀ + δ₀ = \(num(plan.alpha0)) × \(num(p.priorVariance)) + \(num(plan.delta0)) = \(num(plan.expectedProfit))"
            ),
            Line(
                "  one-shot σ_uσ_v/2 = \(num(oneShot)), limit σ_uσ_v = \(num(2 * oneShot)); Σ_N left: \(Format.percent(plan.finalVariance / p.priorVariance)) of Σ₀",
                .dim),
        ]
        return lines
    }

    private func num(_ x: Double) -> String { KyleNotation.number(x) }

    private func row(_ a: KyleAuctionPlan) -> Line {
        let mark = a.n == time + 1 ? "→" : " "
        let n = String(a.n)
        return Line(
            " " + mark + String(repeating: " ", count: max(0, 4 - n.count)) + n + " "
                + Format.pad(num(a.lambda), 12) + Format.pad(num(a.beta), 12) + Format.pad(num(a.sigma2), 12)
                + num(plan.expectedProfit(ofAuction: a.n)))
    }
}

/// `plan`'s figures for `--json`: every auction's λ_n, β_n, Σ_n and the expected profit.
struct KylePlanResults: Encodable, Sendable {
    struct Auction: Encodable, Sendable {
        let n: Int
        let lambda: Double
        let beta: Double
        let sigma2: Double
    }

    let auctions: [Auction]
    let expectedProfit: Double

    init(_ plan: KylePlan) {
        auctions = plan.auctions.map { Auction(n: $0.n, lambda: $0.lambda, beta: $0.beta, sigma2: $0.sigma2) }
        expectedProfit = plan.expectedProfit
    }

    enum CodingKeys: String, CodingKey {
        case auctions
        case expectedProfit = "expected_profit"
    }
}
