import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// Issue 22.8: a lesson's Bayes step laid out to fit 80×24, with the same numbers as the full one.
struct CompactStepTests {
    /// Example 1's first buy (V 97 / 104, α = 0.3, μ = ⅓, ε = ⅓): the ask goes from 101 to
    /// 7209/71 and the bid from 100 to 100.5, so the spread widens by 7209/71 − 100.5 − 1 = 2.5/71.
    private func firstBuy(compact: Bool) -> [String] {
        var shell = Interpreter.forTests()
        shell.display = Display(width: 80, unicode: true, compact: compact)
        for line in ["set low 97", "set high 104", "set alpha 0.3", "set mu 1/3", "set eps 1/3"] {
            _ = send(&shell, line)
        }
        let reply = send(&shell, "buy")!
        return reply.lines.flatMap { Wrapping.wrap($0, width: 80) }.map(\.plain)
    }

    @Test func theThreeStateStepFitsInFewerRows() {
        let full = firstBuy(compact: false)
        let compact = firstBuy(compact: true)
        #expect(full.count >= 27)
        #expect(compact.count <= 17, "\(compact.joined(separator: "\n"))")
        // Bayes' rule keeps every state's row and P(buy); the quotes their before and after.
        for text in ["0.1500 × 0.5556 = 0.0833", "0.7000 × 0.3333 = 0.2333", "P(buy) = 0.0833 + 0.0333 + 0.2333 = 0.3500",
            "ask 101.0000 → 101.5352", "spread 1.0000 → 1.0352", "P(event) 0.3000 → 0.3333"]
        {
            #expect(compact.contains { $0.contains(text) }, "\(text)")
        }
    }

    /// The short why states the spread's move and splits it into two parts that add up to it.
    @Test func theShortWhyAddsUp() throws {
        let why = firstBuy(compact: true).drop { !$0.hasPrefix("  Why") }.prefix { !$0.hasPrefix("  Hidden") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        let change = 2.5 / 71
        #expect(why.contains("The spread widened by \(Format.price(change))"), "\(why)")
        let parts = why.matches(of: #/([+−]\d+\.\d{4}) as /#).map { match in
            Double(match.1.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "+", with: ""))!
        }
        #expect(parts.count == 2, "\(why)")
        #expect(abs(parts.reduce(0, +) - change) <= 1.5e-4, "\(parts)")
        #expect(why.contains("as the direction of the news grew surer") && why.contains("as P(event) rose"))
    }
}
