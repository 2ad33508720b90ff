import Foundation
import MarketModel
import ShellTestSupport
import Testing

@testable import ShellKit

/// Issue 21, item 1: shares typed so that ε_b + ε_s = 1 make a no-trade impossible (every
/// uninformed arrival trades), in Doubles too. `set eps_buy 0.58` with `eps_sell 0.42` left
/// 1 − 0.58 − 0.42 = 4.7e-17, and `pass` was accepted and moved P(event) from 0.5 to 0.4118; 20 of
/// the 99 two-decimal splits did that. Every split below is typed as text, as a learner types it.
struct ImpossibleOrderTests {
    /// The shells under test: the binary model with and without event uncertainty, and the normal
    /// model with μ = 0 (where nobody is informed, so only the uninformed could leave a period empty).
    /// No cost: with one, informed traders may stay out at a quote, and a no-trade is possible.
    static let openings = [
        "set alpha 1", "set alpha 0.5", "set alpha 0.5; set prior 0.3; set low 90",
        "model normal; set mu 0", "model normal; set mu 0; set elastic 50",
    ]

    /// `eps_buy`, `eps_sell` typed as the texts given, then `pass`: refused, state unchanged (t = 0),
    /// when the exact typed sum is 1; accepted otherwise.
    private static func passIsAccepted(opening: String, buy: String, sell: String) throws -> Bool {
        var shell = Interpreter.forTests()
        for (line, reply) in send(&shell, script: opening + "; set eps 0.001; set eps_buy \(buy); set eps_sell \(sell)") {
            try #require(reply?.error == nil, "\(opening): \(line) was refused: \(String(describing: reply?.error))")
        }
        let before = send(&shell, "state")?.record.fields["t"] ?? nil
        let reply = send(&shell, "pass")
        let after = send(&shell, "state")?.record.fields["t"] ?? nil
        if reply?.error != nil { #expect(before == after, "\(opening): a refused pass moved the clock") }
        return reply?.error == nil
    }

    /// "0.58" from 58 and two places.
    private static func decimal(_ units: UInt64, places: Int) -> String {
        let digits = String(units)
        return "0." + String(repeating: "0", count: places - digits.count) + digits
    }

    @Test(arguments: openings)
    func everyTwoDecimalSplitRefusesAPass(opening: String) throws {
        var accepted: [String] = []
        for k in UInt64(1)...99 {
            let buy = Self.decimal(k, places: 2)
            let sell = Self.decimal(100 - k, places: 2)
            if try Self.passIsAccepted(opening: opening, buy: buy, sell: sell) { accepted.append("\(buy)/\(sell)") }
        }
        #expect(accepted.isEmpty, "\(opening): pass accepted at \(accepted)")
    }

    /// Random splits with 1 to 12 places refuse a pass; the same buy share with a sell share one unit
    /// of the last place smaller (a remainder of 10⁻ᵈ, down to 10⁻¹²) lets it through.
    @Test(arguments: openings)
    func randomDecimalSplitsAreDecidedExactly(opening: String) throws {
        var rng = Xoshiro256(seed: 21)
        for _ in 0..<40 {
            let places = 1 + Int(rng.next() % 12)
            var whole: UInt64 = 1
            for _ in 0..<places { whole *= 10 }
            let k = 2 + rng.next() % (whole - 3)
            let buy = Self.decimal(k, places: places)
            #expect(
                try !Self.passIsAccepted(opening: opening, buy: buy, sell: Self.decimal(whole - k, places: places)),
                "\(opening): \(buy) + \(Self.decimal(whole - k, places: places)) = 1")
            #expect(
                try Self.passIsAccepted(opening: opening, buy: buy, sell: Self.decimal(whole - k - 1, places: places)),
                "\(opening): \(buy) + \(Self.decimal(whole - k - 1, places: places)) < 1")
        }
    }

    /// Fractions too: 1/3 + 2/3 and 3/7 + 4/7 always trade.
    @Test(arguments: openings)
    func fractionSplitsRefuseAPass(opening: String) throws {
        for (buy, sell) in [("1/3", "2/3"), ("2/3", "1/3"), ("3/7", "4/7"), ("0.1", "9/10")] {
            #expect(try !Self.passIsAccepted(opening: opening, buy: buy, sell: sell), "\(opening): \(buy) + \(sell)")
        }
    }

    /// Nature never sends the no-trade the market maker rules out: 2000 uninformed draws at each
    /// two-decimal split (the cumulative ε_b + ε_s can round to 1 − 2⁻⁵³, below the largest draw).
    @Test func natureNeverStaysOutWhenTheUninformedAlwaysTrade() throws {
        var rng = Xoshiro256(seed: 7)
        for k in 1...99 {
            var p = Parameters()
            p = try p.setting(.eps, to: 0.001)
            p = try p.setting(.epsBuy, to: Double("0.\(k < 10 ? "0" : "")\(k)")!)
            p = try p.setting(.epsSell, to: Double("0.\(100 - k < 10 ? "0" : "")\(100 - k)")!)
            #expect(p.epsNone == 0 && p.gamma != nil, "\(k)")
            let quote = Quote(belief: Belief(opening: p), parameters: p)
            for _ in 0..<2000 {
                #expect(Arrival.uninformed(p, at: quote, using: &rng).wanted != .none)
            }
        }
        // The largest draw, 1 − 2⁻⁵³, against a split whose Double sum rounds below it.
        #expect(UninformedShares.choice(1 - 0x1p-53, buy: 0.5, sell: 0.5 - 0x1p-53) == .sell)
        #expect(UninformedShares.choice(1 - 0x1p-53, buy: 0.5, sell: 0.4) == .none)
    }
}
