@testable import BinaryShell
@testable import MarketModel
@testable import ShellKit
import ShellTestSupport
import Testing

/// `simulate`'s sentences follow from its figures: break-even only when the net profit is within
/// 3 standard errors of zero, a reason when it is not, and Roll's reading against 2c and the
/// quoted spread (never "uncorrelated" when the covariance says otherwise).
struct SimulationVerdictTests {
    private func study(_ setup: String, _ simulate: String) -> (text: String, summary: SimulationSummary) {
        var shell = Interpreter.forTests()
        send(&shell, script: setup)
        let text = send(&shell, simulate)?.plainText ?? ""
        let request = try! #require(try? Parser.parse(Array(simulate.utf8)))
        guard case .market(.simulate(let r)) = request else {
            Issue.record("not simulate")
            return (text, SimulationSummary(plan: SimulationPlan(parameters: Parameters(), sessions: 0, arrivals: 0)))
        }
        let plan = SimulationPlan(
            parameters: shell.session.binary.market.parameters, sessions: r.sessions, arrivals: r.trades,
            seed: r.seed ?? shell.session.binary.seed,
            truth: r.truth.map(Truth.init), discoveryDistance: r.distance)
        return (text, SessionSimulator(plan: plan).run(threads: 2))
    }

    /// Prior 0.3 with the truth fixed high: the market maker loses many standard errors' worth,
    /// and the text says so and why, instead of "zero-profit quotes break even on average".
    @Test func aFixedTruthTheMarketMakerUnderweightsIsNotBreakEven() throws {
        let (text, summary) = study("set prior 0.3", "simulate sessions 2000 trades 50 seed 1 truth high")
        let net = try #require(summary.profit.netPerSession)
        let se = try #require(summary.profit.netPerSessionStandardError)
        #expect(net < -3 * se)
        #expect(!text.contains("break even on average"))
        #expect(text.contains("That is not break-even"))
        #expect(text.contains("the truth is fixed at high, which that prior weights at 0.3000"))
        #expect(text.contains("the market maker loses \(Format.price(-net)) a session"))
    }

    /// With a cost c = 0.5 the gross profit is about c × trades a session (at most 0.5 × 50 = 25: classic
    /// GM trades every period unless informed traders stay out); the text reads break-even off the
    /// net figure and names the cost.
    @Test func theCostIsTakenOffBeforeTheVerdict() throws {
        let (text, summary) = study("set cost 0.5", "simulate sessions 2000 trades 50 seed 1 truth drawn")
        let m = summary.profit
        #expect(m.trades <= 2000 * 50 && m.trades > 2000 * 40)
        let perSessionTrades = Double(m.trades) / 2000
        let net = try #require(m.netPerSession)
        let se = try #require(m.netPerSessionStandardError)
        // Net of what the quotes expect given each order: c on every trade, more where a quote stands at
        // the value bound with informed traders staying out (DESIGN §2), so at least c × trades.
        #expect(abs(net - (try #require(m.perSession) - m.expected / 2000)) < 1e-9)
        #expect(m.expected >= 0.5 * Double(m.trades) - 1e-6)
        #expect(abs(net) <= 3 * se)
        #expect(text.contains("c × trades = \(Format.price(0.5 * perSessionTrades))"))
        #expect(
            text.contains(
                "That is break-even within 3 standard errors, as zero-profit quotes promise when nature draws the truth from the market maker's own prior"
            ))
    }

    /// α = ½ with no event: no informed trader ever comes, and the market maker earns.
    @Test func noEventPaysTheMarketMaker() throws {
        let (text, summary) = study("set alpha 0.5; set eps 0.25", "simulate sessions 1000 trades 50 seed 1 truth none")
        #expect(summary.profit.informedTrades == 0)
        #expect(
            try #require(summary.profit.netPerSession) > 3 * (try #require(summary.profit.netPerSessionStandardError)))
        #expect(text.contains("Without an event no informed trader comes"))
        #expect(!text.contains("That is break-even"))
    }

    /// Roll's sentence follows the covariance's sign against 3 standard errors, computed here from
    /// the summary; with c = 0.5 it reads Roll against 2c = 1 and never says "only c would show".
    @Test(arguments: [
        ("", "truth drawn"), ("", "truth high"), ("set cost 0.5", "truth drawn"), ("set prior 0.3", "truth high"),
    ])
    func rollFollowsTheCovariance(setup: String, truth: String) throws {
        let (text, summary) = study(setup, "simulate sessions 1000 trades 50 seed 2 \(truth)")
        let cov = try #require(summary.roll.autocovariance)
        let se = try #require(summary.roll.autocovarianceStandardError)
        #expect(!text.contains("uncorrelated, so Roll cannot see"))
        if abs(cov) <= 3 * se {
            #expect(text.contains("Here cov is zero within 3 standard errors"))
        } else if cov < 0 {
            #expect(
                text.contains(setup.contains("cost") ? "against 2c = 1.0000" : "negatively correlated although c = 0"))
            #expect(text.contains("= \(Format.price(2 * (-cov).squareRoot())), against the mean quoted spread"))
        } else {
            #expect(text.contains("positively correlated"))
        }
        if setup.contains("cost") {
            #expect(cov < -3 * se)
            #expect(text.contains("against 2c = 1.0000 (\(Format.fixed(2 * (-cov).squareRoot(), places: 2)) times it)"))
        }
    }

    /// The table prints exact order statistics where the support is small (t = 5 of classic GM:
    /// 2.2018 is the spread after net ±1 buys, the median here, never the bin's midpoint 2.1875),
    /// and marks the others with ≈.
    @Test func quantilesAreExactOrMarked() {
        let (text, _) = study("", "simulate sessions 2000 trades 5 seed 5 truth high")
        let row = text.split(separator: "\n").first { $0.hasPrefix("  5 ") } ?? ""
        #expect(row.contains("2.2018") && !row.contains("2.1875") && !row.contains("≈"), "\(row)")
        #expect(text.contains("each exact: the histogram bin it falls in holds that one value"))
        let (mixed, _) = study("set alpha 0.5; set eps 0.3", "simulate sessions 2000 trades 300 seed 5")
        #expect(
            mixed.contains("≈") && mixed.contains("≈ marks one read from a histogram bin that holds several values"))
    }

    /// V 100/104, θ = 0.9, c = 0.3: the ask sits at V_H = 104 while P(V = 104) is high (a buy there
    /// expects 0.4 > c, see ExplainVerdictTests), so the quotes expect more than c × trades; net of
    /// what they expect, the market maker breaks even with the truth drawn, and the text names the
    /// extra.
    @Test func aBoundQuoteIsCountedInWhatTheQuotesExpect() throws {
        let (text, summary) = study(
            "set low 100; set high 104; set prior 0.9; set cost 0.3",
            "simulate sessions 4000 trades 50 seed 1 truth drawn")
        let m = summary.profit
        let net = try #require(m.netPerSession)
        let se = try #require(m.netPerSessionStandardError)
        #expect(m.expected > 0.3 * Double(m.trades) + 1)
        #expect(abs(net) <= 3 * se)
        #expect(
            text.contains(
                "more where informed traders stay out and a quote stands at V_H or V_L beyond its break-even price"))
        #expect(text.contains("That is break-even within 3 standard errors"))
    }

    /// A market shut from the opening (V 100/110, τ = 1.2, μ = 0.3: half-spreads 1.5) never trades:
    /// no verdict on breaking even, and Roll has nothing to read.
    @Test func aShutMarketHasNoVerdict() {
        let (text, summary) = study(
            "set low 100; set high 110; set tolerance 1.2; set mu 0.3", "simulate sessions 100 trades 20 seed 1")
        #expect(summary.profit.trades == 0)
        #expect(
            text.contains(
                "No trade happened in any session (both sides stayed withdrawn), so there was nothing to earn or lose.")
        )
        #expect(!text.contains("That is break-even"))
        #expect(text.contains("= undefined (too few trades)"))
    }
}
