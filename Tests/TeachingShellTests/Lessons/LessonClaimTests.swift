@testable import BinaryShell
import Foundation
@testable import MarketModel
@testable import ShellKit
import ShellTestSupport
import Testing

/// Sentences of the shipped lessons that hold only in special cases say so, and the counter-examples
/// they cite are what the shell computes.
struct LessonClaimTests {
    private func lesson(_ name: String) throws -> String {
        let text = try String(contentsOf: shippedLessonsFolder.appendingPathComponent(name + ".md"), encoding: .utf8)
        // Compare prose across line breaks.
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private func spread(after script: String) throws -> Double {
        var shell = Interpreter.forTests()
        send(&shell, script: script)
        return try #require(shell.session.binary.market.quote.openSpread)
    }

    /// In classic GM a buy from θ = 0.2 widens the spread; no lesson says buys "can only" narrow it.
    @Test func classicBuysCanWidenTheSpread() throws {
        let before = try spread(after: "set prior 0.2")
        let after = try spread(after: "set prior 0.2; buy")
        #expect(Format.price(before) == "1.5874" && Format.price(after) == "2.1041" && after > before)
        for name in ["example-1", "two-models"] {
            let text = try lesson(name)
            #expect(!text.contains("buys can only teach her the value"))
            #expect(
                !text.contains(
                    "is a property of event uncertainty, not of Glosten–Milgrom as such, and it does not last: once the market maker believes there is news, buys narrow the spread in both models"
                ))
            #expect(text.contains("`set prior 0.2` then `buy` takes the spread from 1.5874 to 2.1041"), "\(name)")
        }
    }

    /// "A spread of 1 would need V_H − V_L = 3⅓" holds at θ = ½; the lesson's counter-example opens
    /// at 100 / 101 with V_H = 104.
    @Test func classicCanOpenAt100And101AwayFromEvenOdds() throws {
        var shell = Interpreter.forTests()
        for line in ["set low 99.36977", "set high 104", "set prior 0.226368"] { _ = send(&shell, line) }
        let quote = shell.session.binary.market.quote
        #expect(Format.price(quote.bid.price) == "100.0000" && Format.price(quote.ask.price) == "101.0000")
        let text = try lesson("example-1")
        #expect(text.contains("story at even odds: with θ = ½, γ = ½ and μ = 0.30"))
        #expect(text.contains("(`set low 99.36977`, `set high 104`, `set prior 0.226368`)"))
    }

    /// The asymmetry lesson does not claim wider spreads on average: in expectation over 100
    /// arrivals the high-μ market's average spread is the narrower one.
    @Test func asymmetryQualifiesWiderSpreads() throws {
        var p = Parameters()
        p.low = 95
        p.high = 105
        p.mu = 0.6
        let high = try #require(ExpectedPath(parameters: p, arrivals: 100, band: 1.05))
        p.mu = 0.15
        let low = try #require(ExpectedPath(parameters: p, arrivals: 100, band: 1.05))
        #expect(high.averageSpread < low.averageSpread)
        let text = try lesson("asymmetry")
        #expect(!text.contains("**more informed trading gives wider spreads and faster price discovery**"))
        #expect(text.contains("At the same belief more informed trading means a wider spread"))
    }

    /// The figures the asymmetry lesson quotes from `compare`'s table of expectations (average
    /// spread and cumulative cost to uninformed traders over 100 arrivals, truth 105) are the ones
    /// compare computes, so a change to the model that moves them fails here, not silently in prose.
    @Test func asymmetryQuotesCompareExpectations() throws {
        var p = Parameters()
        p.low = 95
        p.high = 105
        let figures = try [0.6, 0.15].map { mu -> (String, String) in
            p.mu = mu
            let path = try #require(ExpectedPath(parameters: p, arrivals: 100, band: 1.05))
            return (Format.price(path.averageSpread), Format.price(path.cost[100]))
        }
        let text = try lesson("asymmetry")
        #expect(
            text.contains("The average spread is \(figures[0].0) with μ = 0.6 against \(figures[1].0) with μ = 0.15"))
        #expect(text.contains("is \(figures[0].1) against \(figures[1].1)"))
    }
}
