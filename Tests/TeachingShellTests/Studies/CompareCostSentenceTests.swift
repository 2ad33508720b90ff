import ShellTestSupport
import Testing

@testable import ShellKit

/// Issue 21, item 6: `compare` says an uninformed arrival's expected cost is half the spread (it
/// buys at the ask or sells at the bid with even chances: ½(ask − v) + ½(v − bid) = (ask − bid)/2
/// whatever v), and that (1 − μ) × half the spread is the cost per arrival of any kind.
@Test func compareSaysWhoseCostIsWhich() throws {
    var shell = Interpreter.forTests()
    let reply = send(&shell, "compare")
    let text = try #require(reply).plainText
    #expect(!text.contains("its expected cost is (1 − μ) × half the spread"))
    #expect(
        text.contains(
            "An uninformed arrival buys or sells with even chances, so whatever the price its expected cost is half the spread, and with a share 1 − μ of arrivals uninformed their cost per arrival of any kind is (1 − μ) × half the spread"
        ))
    // The identity behind it, at an arbitrary quote and value.
    let (ask, bid, v) = (103.1009, 102.0, 101.37)
    #expect(abs((0.5 * (ask - v) + 0.5 * (v - bid)) - (ask - bid) / 2) < 1e-12)
}
