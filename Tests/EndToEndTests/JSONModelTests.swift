import Foundation
import Testing

// `glosten --json -c …` checked against numbers derived by hand (DESIGN §2). Every expected value
// is an exact fraction; the binary must match it to 1e-9.

/// The keys every record must carry, and `error` must be absent on success.
private let requiredKeys = ["command", "t", "bid", "ask", "p_high", "p_low", "p_event", "p_informed", "closed"]

/// One expected record after a command.
private struct Expected {
    let command: String
    let t: Int
    let bid: Double
    let ask: Double
    let pHigh: Double
    /// nil when the command applied no order (JSON null).
    let pInformed: Double?
}

/// Runs the commands in --json mode; checks one record per command, the last `expected.count` exactly.
private func check(_ commands: [String], _ expected: [Expected]) throws {
    let result = try runCommands(commands.joined(separator: "; "), flags: ["--json"])
    #expect(result.status == 0 && !result.signalled, "exit \(result.status): \(result.stderr)")
    #expect(result.stderr == "")
    let records = try jsonRecords(result)
    try #require(records.count == commands.count, "one object per command; got \(result.stdout)")
    for (record, command) in zip(records, commands) {
        for key in requiredKeys { #expect(record[key] != nil, "\(command): key \(key) missing") }
        #expect(record["error"] == nil, "\(command): unexpected error \(record["error"] ?? "")")
        #expect(record["command"] as? String == command)
    }
    for (record, want) in zip(records.suffix(expected.count), expected) {
        #expect(record["command"] as? String == want.command)
        #expect(number(record["t"]) == Double(want.t), "\(want.command): t")
        #expect(isNear(record["bid"], want.bid), "\(want.command): bid \(record["bid"] ?? "nil") ≠ \(want.bid)")
        #expect(isNear(record["ask"], want.ask), "\(want.command): ask \(record["ask"] ?? "nil") ≠ \(want.ask)")
        #expect(isNear(record["p_high"], want.pHigh), "\(want.command): p_high \(record["p_high"] ?? "nil")")
        #expect(isNear(record["p_low"], 1 - want.pHigh), "\(want.command): p_low \(record["p_low"] ?? "nil")")
        // α = 1 (classic GM): an information event is certain.
        #expect(isNear(record["p_event"], 1), "\(want.command): p_event")
        #expect(record["closed"] as? Bool == false, "\(want.command): closed")
        if let p = want.pInformed {
            #expect(
                isNear(record["p_informed"], p), "\(want.command): p_informed \(record["p_informed"] ?? "nil") ≠ \(p)")
        } else {
            #expect(record["p_informed"] is NSNull, "\(want.command): p_informed should be null")
        }
    }
}

/// DESIGN §2's hand check (V 100/104, θ = ½, μ = 0.3, γ = ½) and its continuation: buy, buy, sell.
@Test func handCheckBuyBuySell() throws {
    // Likelihoods with μ = 3/10, γ = 1/2:
    //   P(buy | H) = μ + (1−μ)/2 = 13/20, P(buy | L) = (1−μ)/2 = 7/20; P(sell | ·) mirrored.
    //   So a buy multiplies odds(H : L) by 13/7 and a sell divides them by 13/7.
    // With odds k = π_H/π_L, ask = (13k·104 + 7·100)/(13k + 7), bid = (7k·104 + 13·100)/(7k + 13).
    // Opening k = 1: ask = (1352 + 700)/20 = 2052/20 = 513/5 = 102.6, bid = (728 + 1300)/20 = 507/5 = 101.4.
    let opening = (bid: 507.0 / 5, ask: 513.0 / 5)
    // Buy 1: P(buy) = ½·13/20 + ½·7/20 = 1/2; P(informed | buy) = π_H·μ / P(buy) = (½·3/10)/(½) = 3/10.
    //   π_H = (½·13/20)/(½) = 13/20, k = 13/7.
    //   ask = (169·104 + 49·100)/(169 + 49) = 22476/218 = 11238/109 ≈ 103.1009;
    //   bid = (91·104 + 91·100)/182 = 102.
    // Buy 2: P(buy) = 13/20·13/20 + 7/20·7/20 = 218/400 = 109/200;
    //   P(informed | buy) = (13/20·3/10)/(109/200) = (39/200)/(109/200) = 39/109.
    //   k = 169/49, π_H = 169/218.
    //   ask = (2197·104 + 343·100)/(2197 + 343) = 262788/2540 = 65697/635 ≈ 103.4598;
    //   bid = (1183·104 + 637·100)/(1183 + 637) = 186732/1820 = 513/5 = 102.6.
    // Sell: P(sell) = 169/218·7/20 + 49/218·13/20 = 1820/4360 = 91/218;
    //   the informed trader who sells is the one in state L: P(informed | sell) = π_L·μ / P(sell)
    //   = (49/218·3/10)/(91/218) = 147/910 = 21/130 ≈ 0.1615.
    //   k = 169/49 · 7/13 = 13/7 again: π_H = 13/20, bid 102, ask 11238/109 (as after buy 1).
    let setup = ["set low 100", "set high 104", "set prior 0.5", "set mu 0.3"]
    try check(
        setup + ["buy", "buy", "sell"],
        setup.map {
            Expected(command: $0, t: 0, bid: opening.bid, ask: opening.ask, pHigh: 1.0 / 2, pInformed: nil)
        } + [
            Expected(command: "buy", t: 1, bid: 102, ask: 11238.0 / 109, pHigh: 13.0 / 20, pInformed: 3.0 / 10),
            Expected(
                command: "buy", t: 2, bid: 513.0 / 5, ask: 65697.0 / 635, pHigh: 169.0 / 218, pInformed: 39.0 / 109),
            Expected(command: "sell", t: 3, bid: 102, ask: 11238.0 / 109, pHigh: 13.0 / 20, pInformed: 21.0 / 130),
        ])
}

/// A second textbook case (V 10/20, θ = 0.3, γ = 0.6, μ = 0.2): buy then sell, which does not return to the prior.
@Test func asymmetricNoiseBuyThenSell() throws {
    // Likelihoods with μ = 1/5, γ = 3/5:
    //   P(buy | H) = μ + (1−μ)γ = 1/5 + 12/25 = 17/25,  P(buy | L) = (1−μ)γ = 12/25,
    //   P(sell | H) = (1−μ)(1−γ) = 8/25,               P(sell | L) = μ + 8/25 = 13/25.
    // With weights h = π_H, l = π_L: ask = (17h·20 + 12l·10)/(17h + 12l), bid = (8h·20 + 13l·10)/(8h + 13l).
    // Opening h = 3/10, l = 7/10 (use 3 and 7):
    //   ask = (51·20 + 84·10)/(51 + 84) = 1860/135 = 124/9 ≈ 13.7778,
    //   bid = (24·20 + 91·10)/(24 + 91) = 1390/115 = 278/23 ≈ 12.0870.
    // Buy: P(buy) = (51 + 84)/250 = 27/50; P(informed | buy) = π_H·μ / P(buy) = (3/50)/(27/50) = 1/9.
    //   π_H = 51/135 = 17/45 (weights 17 and 28):
    //   ask = (289·20 + 336·10)/(289 + 336) = 9140/625 = 1828/125 = 14.624,
    //   bid = (136·20 + 364·10)/(136 + 364) = 6360/500 = 318/25 = 12.72.
    // Sell: P(sell) = 17/45·8/25 + 28/45·13/25 = 500/1125 = 4/9;
    //   P(informed | sell) = π_L·μ / P(sell) = (28/45·1/5)/(4/9) = 7/25 = 0.28.
    //   π_H = 136/500 = 34/125 = 0.272 (odds 34/91, not the prior's 39/91: γ ≠ ½), weights 34 and 91:
    //   ask = (578·20 + 1092·10)/(578 + 1092) = 22480/1670 = 2248/167 ≈ 13.4611,
    //   bid = (272·20 + 1183·10)/(272 + 1183) = 17270/1455 = 3454/291 ≈ 11.8694.
    // The earlier `set` records are checked for shape only; from `set mu 0.2` on all parameters are in place.
    try check(
        ["set low 10", "set high 20", "set prior 0.3", "set gamma 0.6", "set mu 0.2", "buy", "sell"],
        [
            Expected(command: "set mu 0.2", t: 0, bid: 278.0 / 23, ask: 124.0 / 9, pHigh: 3.0 / 10, pInformed: nil),
            Expected(command: "buy", t: 1, bid: 318.0 / 25, ask: 1828.0 / 125, pHigh: 17.0 / 45, pInformed: 1.0 / 9),
            Expected(
                command: "sell", t: 2, bid: 3454.0 / 291, ask: 2248.0 / 167, pHigh: 34.0 / 125, pInformed: 7.0 / 25),
        ])
}
