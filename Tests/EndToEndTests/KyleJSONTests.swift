import Foundation
import Testing

// `glosten --json -c …` under `model kyle`, checked against the one-auction closed forms of Kyle
// (1985): with σ_v = 4, σ_u = 8, λ = σ_v/(2σ_u) = 1/4, β = σ_u/σ_v = 2, Σ₁ = Σ₀/2 = 8 and the
// insider's expected profit σ_uσ_v/2 = 16.

@Test func kyleJSONCarriesThePlanAndEachAuction() throws {
    let commands = ["model kyle", "set auctions 1", "set truth 106", "plan", "flow 10", "flow 1"]
    let result = try runCommands(commands.joined(separator: "; "), flags: ["--json"])
    let records = try jsonRecords(result)
    try #require(records.count == commands.count, "one object per command; got \(result.stdout)")
    #expect(records.map { $0["model"] as? String } == Array(repeating: "kyle", count: commands.count))
    // plan: every auction's n, λ, β, Σ and the expected profit.
    let plan = try #require(records[3]["results"] as? [String: Any])
    let auctions = try #require(plan["auctions"] as? [[String: Any]])
    #expect(auctions.count == 1)
    #expect(number(auctions[0]["n"]) == 1)
    #expect(isNear(auctions[0]["lambda"], 0.25) && isNear(auctions[0]["beta"], 2) && isNear(auctions[0]["sigma2"], 8))
    #expect(isNear(plan["expected_profit"], 16))
    // flow 10: p₁ = 100 + 10/4, Σ₁ = 8, t = 1; a typed flow has no parts (null).
    let flow = records[4]
    #expect(isNear(flow["price"], 102.5) && isNear(flow["value"], 102.5))
    #expect(isNear(flow["lambda"], 0.25) && isNear(flow["sigma2"], 8) && number(flow["n"]) == 1)
    #expect(number(flow["t"]) == 1 && flow["insider"] is NSNull && flow["noise"] is NSNull)
    #expect(flow["bid"] is NSNull && flow["ask"] is NSNull)
    // After the last auction the day is over: the error is one line and the market is unchanged.
    let refused = records[5]
    #expect(refused["error"] as? String == "the day is over: all 1 auction has cleared; reset starts a new day")
    #expect(isNear(refused["value"], 102.5) && number(refused["t"]) == 1)
    #expect(result.status != 0)
}
