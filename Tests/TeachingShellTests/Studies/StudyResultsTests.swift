import Foundation
import ShellTestSupport
import Testing

@testable import MarketModel
@testable import ShellKit

/// `--json` carries a study's figures under `results`, the same numbers its text prints.
struct StudyResultsTests {
    private func reply(_ line: String) throws -> (text: String, json: [String: Any]) {
        var shell = Interpreter.forTests()
        let answer = send(&shell, line)
        let reply = try #require(answer)
        let object = try JSONSerialization.jsonObject(with: Data(reply.record.json.utf8))
        return (reply.plainText, try #require(object as? [String: Any]))
    }

    @Test func simulateCarriesItsFigures() throws {
        let (text, json) = try reply("simulate sessions 300 trades 20 seed 5")
        let results = try #require(json["results"] as? [String: Any])
        #expect(
            results["kind"] as? String == "simulate" && results["sessions"] as? Int == 300
                && results["arrivals_per_session"] as? Int == 20)
        let points = try #require(results["spread_by_trade"] as? [[String: Any]])
        #expect(points.count == 21)
        // t = 1: every session has traded once; the spread is 2.2018 whichever way (exact).
        let median = try #require(points[1]["median"] as? [String: Any])
        #expect(median["exact"] as? Bool == true)
        #expect(Format.price(try #require(median["value"] as? Double)) == "2.2018")
        let profit = try #require(results["profit"] as? [String: Any])
        let perSession = try #require(profit["per_session"] as? Double)
        let se = try #require(profit["per_session_se"] as? Double)
        #expect(text.contains("(\(Format.change(perSession)) a session ± \(Format.price(se)))"))
        #expect(profit["informed_trades"] as? Int != nil && profit["net_verdict"] as? String != nil)
        let roll = try #require(results["roll"] as? [String: Any])
        let cov = try #require(roll["autocovariance"] as? Double)
        #expect(text.contains("cov = \(Format.probability(cov)) ±"))
        let discovery = try #require(results["discovery"] as? [String: Any])
        #expect(discovery["share_never"] as? Double != nil)
    }

    @Test func compareCarriesBothMarketsAndTheirExpectations() throws {
        let (text, json) = try reply("compare")
        let results = try #require(json["results"] as? [String: Any])
        #expect(
            results["kind"] as? String == "compare" && results["trades"] as? Int == 100
                && results["true_value"] as? Double == 105)
        let markets = try #require(results["markets"] as? [[String: Any]])
        #expect(markets.map { $0["mu"] as? Double } == [0.6, 0.15])
        for market in markets {
            let path = try #require(market["path"] as? [String: Any])
            let expected = try #require(market["expected"] as? [String: Any])
            #expect(text.contains(Format.price(try #require(path["uninformed_cost"] as? Double))))
            #expect(text.contains(Format.price(try #require(expected["average_spread"] as? Double))))
            #expect((expected["spread"] as? [Double])?.count == 101)
        }
        // A command that plays no study has no results.
        #expect(try reply("quote").json["results"] == nil)
    }
}
