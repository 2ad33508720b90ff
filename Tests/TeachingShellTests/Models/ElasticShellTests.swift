@testable import BinaryShell
import Foundation
import ShellTestSupport
import Testing

@testable import MarketModel
@testable import ShellKit

/// `set elastic`, its printed arithmetic and `sweep`, from the shell: every number on screen is the
/// quote's own, and bad input is one line that leaves the market as it was.
struct ElasticShellTests {
    /// GM's example: the explain lines carry the quadratic's coefficients and root.
    @Test func explainShowsTheQuadratic() throws {
        var shell = Interpreter.forTests()
        for line in ["set low 1", "set high 11", "set elastic value"] { _ = try requireReply(&shell, line) }
        let text = try requireReply(&shell, "explain").plainText
        // (0.35/6)·x² − 0.5·x + 0.75 = 0, x = (0.5 − √0.075)·6/0.7 = 1.9383, ask 7.9383.
        #expect(text.contains("0.0583·x² − 0.5000·x + 0.7500 = 0"))
        #expect(text.contains("= 1.9383"))
        #expect(text.contains("ask = E[V] + x = 7.9383; f = 0.6769"))
        let buy = try requireReply(&shell, "buy").plainText
        // f = 1 − 1.9383/6 and ε_b·f = 0.5 × 0.6769 = 0.3385; P(buy | V = 1) = 0.7 × 0.3385 = 0.2369.
        #expect(buy.contains("buyers f = 1 − (ask − E[V])/C = 1 − 1.9383/6 = 0.6769, ε_b·f = 0.5000×0.6769 = 0.3385"))
        #expect(buy.contains("0.5000 × 0.2369 = 0.1185"))
    }

    /// At θ = 0.3 the ask has no break-even price: the quote line says why with the best price's
    /// numbers, and a typed buy is refused in one line.
    @Test func withdrawnAskIsExplained() throws {
        var shell = Interpreter.forTests()
        for line in ["set low 1", "set high 11", "set elastic value"] { _ = try requireReply(&shell, line) }
        let text = try requireReply(&shell, "set prior 0.3").plainText
        // Best x = 0.44/(2·0.0875) = 2.5143: the uninformed bring 0.35·(1 − x/4)·x = 0.3269, the
        // informed take 0.09·(7 − x) = 0.4037.
        #expect(text.contains("at its best, 6.5143 (E[V] + 2.5143)"))
        #expect(text.contains("bring 0.3269 per arrival but informed buyers take 0.4037: −0.0769"))
        let before = shell.session.binary.market
        let refused = try requireReply(&shell, "buy")
        #expect(refused.error != nil && refused.lines.count == 1)
        #expect(refused.plainText.contains("no ask breaks even against elastic uninformed buyers"))
        #expect(shell.session.binary.market == before)
    }

    /// sweep prints the region where the ask is withdrawn, computed from the quotes it lists.
    @Test func sweepShowsTheBreakdownRegion() throws {
        var shell = Interpreter.forTests()
        for line in ["set low 1", "set high 11", "set elastic value"] { _ = try requireReply(&shell, line) }
        let text = try requireReply(&shell, "sweep prior 0.01 0.99 0.01").plainText
        // Independently: the ask is withdrawn at θ exactly where (K + θμ)² < 4·(K/E)·θμ·(11 − E),
        // E = 1 + 10θ, K = 0.35.
        let withdrawn = (1...99).filter { i in
            let theta = Double(i) / 100
            let e = 1 + 10 * theta
            let b = 0.35 + 0.3 * theta
            return b * b < 4 * (0.35 / e) * (0.3 * theta) * (11 - e)
        }
        #expect(withdrawn.first == 6 && withdrawn.last == 36 && withdrawn.count == 31)
        #expect(text.contains("ask withdrawn at prior 0.06 to 0.36 (31 of 99 priors)"))
        #expect(text.contains("bid open at every prior swept"))
        // The market is untouched.
        #expect(shell.session.binary.market.parameters.prior == 0.5)
    }

    /// Bad input: one line each, the market unchanged.
    @Test func badElasticInputIsOneLine() throws {
        var shell = Interpreter.forTests()
        let before = shell.session.binary.market
        for bad in ["set elastic 0", "set elastic -1", "set elastic abc", "sweep prior 0 1 0.1", "sweep mu 0.1 0.2 0.1",
            "sweep prior 0.1", "sweep prior 0.1 0.2 0.00001"]
        {
            let reply = try requireReply(&shell, bad)
            #expect(reply.error != nil, "\(bad) did not fail")
            #expect(reply.lines.count == 1, "\(bad) printed \(reply.lines.count) lines")
            #expect(shell.session.binary.market == before)
        }
        _ = try requireReply(&shell, "set elastic value")
        let refused = try requireReply(&shell, "set low -1")
        #expect(refused.plainText.contains("elastic value takes C = E[V]"))
    }
}
