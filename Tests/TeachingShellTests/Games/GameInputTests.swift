import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// What a learner types in games, drills and lessons: arithmetic, prices judged at the places
/// the shell shows, a stated range, one game at a time, and `quote`/`history` showing the game.
@Suite struct GameInputTests {
    @Test func arithmeticReadsTheFourOperationsParenthesesAndUnaryMinus() {
        // Each value is the same expression evaluated by Swift.
        let cases: [(String, Double)] = [
            ("6+1.9383", 6 + 1.9383), ("96+8*0.65", 96 + 8 * 0.65), ("(104-96)/2", 4), ("-(2+3)*2", -10),
            ("2*-3", -6), ("1/3", 1.0 / 3.0), ("0.3*0.5/0.4708", 0.3 * 0.5 / 0.4708), ("10-4-3", 3), ("2×3÷4", 1.5),
            ("1e-3+1", 1.001), ("−2", -2), (" 7 ", 7),
        ]
        for (text, value) in cases { #expect(Arithmetic.value(text) == value, "\(text)") }
        for text in ["", "1+", "(1", "1)", "abc", "1/0", "1e309", "2**3", "nan", "inf", "0x10", "1..2", "--"] {
            #expect(Arithmetic.value(text) == nil, "\(text)")
        }
        #expect(Arithmetic.value(String(repeating: "(", count: 100) + "1" + String(repeating: ")", count: 100)) == nil)
    }

    @Test func aTypedQuoteIsJudgedAtThePlacesShown() throws {
        // Issue 21.4: at θ = ½, μ = 0.3 on 96/104, E[V | buy] = 0.65·104 + 0.35·96 = 101.2 and
        // E[V | sell] = 98.8 exactly; the typed 98.8 101.2 are at break-even, not below it.
        var shell = Interpreter.forTests()
        send(&shell, "maker compete rounds 1 seed 7")
        let end = replyOrEmpty(&shell, "98.8 101.2").plainText
        #expect(end.contains("0 of 2 quoted sides were below break-even"), "\(end)")
        #expect(ShownPrecision.same(98.8, 98.80003) && !ShownPrecision.same(98.8, 98.8001))
        #expect(Participation.tolerance(1.5).trades(98.80000000000001 - 97.3, premium: 0))
        #expect(!Participation.tolerance(1.5).trades(1.5001, premium: 0))
    }

    @Test func aQuoteAtTheShownExpectationPlusTheToleranceTrades() throws {
        // Issue 22.20: after round 1, E[V] shows 98.8 in both markets; 97.3 = 98.8 − 1.5 is within
        // the tolerance 1.5 as shown, so the learner's bid meets the same seller as the computer's.
        var shell = Interpreter.forTests()
        send(&shell, "set tolerance 1.5")
        send(&shell, "maker monopoly rounds 3 seed 5")
        send(&shell, "98.5 101.5")
        let round2 = replyOrEmpty(&shell, "97.3 100.3").plainText
        #expect(round2.contains("the computer: a sell at the bid 97.3"), "\(round2)")
        #expect(round2.contains("you: a sell at the bid 97.3"), "\(round2)")
    }

    @Test func aMoveOutOfRangeOrOfTheWrongShapeIsRefusedWithWhatIsExpected() throws {
        var shell = Interpreter.forTests()
        send(&shell, "maker compete rounds 3 seed 2")
        // V is 96 or 104: the range is 96 − 10·8 = 16 to 104 + 10·8 = 184.
        let expects = "the game expects two prices, bid ask, from 16 to 184 (- for none; arithmetic like 96+2, no spaces)"
        for (line, start) in [
            ("99", "'99' is not a move: "), ("1e300 1e301", "'1e300 1e301' is out of range: "),
            ("99 1000000", "'99 1000000' is out of range: "), ("99 101 102", "'99 101 102' is not a move: "),
            ("12345678901234567890 1", "'12345678901234567890 1' is out of range: "),
            ("quote 99", "'quote 99' is not a move: "), ("99 10a", "'99 10a' is not a move: "),
        ] {
            let reply = replyOrEmpty(&shell, line)
            #expect(reply.error?.message.hasPrefix(start + expects) == true, "\(line): \(reply.plainText)")
            #expect(reply.lines.count == 1)
            #expect(shell.gameStatus?.position == "maker 1/3")
        }
        // Arithmetic plays: 96+2.5 | 104-2 is 98.5 | 102.
        #expect(replyOrEmpty(&shell, "96+2.5 104-2").plainText.contains("you 98.5 | 102"))
    }

    @Test func quoteAndHistoryShowTheGameAndASecondGameIsRefused() throws {
        var shell = Interpreter.forTests()
        send(&shell, "maker compete rounds 3 seed 3")
        // The opening prompt shows the market maker's quotes: 98.8 | 101.2 at θ = ½, μ = 0.3.
        send(&shell, "98 102")
        let quote = replyOrEmpty(&shell, "quote").plainText
        #expect(quote.hasPrefix("maker 2/3: the market maker quotes "), "\(quote)")
        #expect(quote.contains("your last quotes: 98 | 102"))
        let history = replyOrEmpty(&shell, "history").lines.map(\.plain)
        #expect(history.count == 2 && history[1].hasPrefix("  1    98 | 102"), "\(history)")
        let second = replyOrEmpty(&shell, "maker monopoly")
        #expect(second.error?.message == "a game is being played (maker 2/3): finish it, or leave it (quit), before starting another")
        #expect(shell.gameStatus?.position == "maker 2/3")
        // Leaving scores the game so far.
        let left = replyOrEmpty(&shell, "quit").plainText
        #expect(left.contains("left the game after 1 of 3 rounds"), "\(left)")
        #expect(left.contains("your bid | ask"))
        // The learner's market never moved.
        #expect(replyOrEmpty(&shell, "quote").plainText.contains("bid 98.8000  ask 101.2000"))
    }

    @Test func theMakerPromptShowsTheQuotesToBeat() {
        var shell = Interpreter.forTests()
        let opening = replyOrEmpty(&shell, "maker compete rounds 2 seed 4").plainText
        #expect(opening.contains("round 1 of 2: market maker quotes 98.8 | 101.2; type bid ask, or quit"))
    }

    @Test func theEndTableListsEveryRoundOfAShortGameAndTheEndFits80x24() throws {
        var shell = Interpreter.forTests()
        send(&shell, "maker compete rounds 20 seed 9")
        var last = Reply(lines: [], record: Record(command: "", session: shell.session.model, step: nil))
        for _ in 1...20 { last = replyOrEmpty(&shell, "97.5 100.5") }
        let lines = last.lines.map(\.plain)
        // The last round's lines, the summary and the prompt after them fit 24 rows of 80 columns.
        #expect(lines.count + 1 <= 24, "\(lines.count) lines")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        // 3 first rows and 5 last ones: 20 − 8 = 12 left out.
        #expect(lines.contains { $0.hasPrefix("  … 12 more rounds") })
        let rows = lines.filter { $0.range(of: #"^  \d+ +97.5 \| 100.5"#, options: .regularExpression) != nil }
        #expect(rows.count == 8)

        // Monopoly's rounds take a line more: its end fits too, with a five-digit seed.
        var monopoly = Interpreter.forTests()
        send(&monopoly, "set tolerance 1.5")
        send(&monopoly, "maker monopoly rounds 20 seed 99999")
        var end20: [String] = []
        for _ in 1...20 { end20 = replyOrEmpty(&monopoly, "97.5 100.5").lines.map(\.plain) }
        #expect(end20.count + 1 <= 24, "\(end20.count) lines")
        #expect(end20.allSatisfy { $0.count <= 80 }, "\(end20.filter { $0.count > 80 })")

        var short = Interpreter.forTests()
        send(&short, "maker compete rounds 3 seed 9")
        var json: [String] = []
        var end: [String] = []
        for _ in 1...3 {
            let reply = replyOrEmpty(&short, "97.5 100.5")
            json.append(reply.record.json)
            end = reply.lines.map(\.plain)
        }
        let table = end.filter { $0.range(of: #"^  \d +97.5 \| 100.5"#, options: .regularExpression) != nil }
        #expect(table.count == 3)
        // Each row names the order and the trader the round's record names.
        for (row, record) in zip(table, json) {
            let order = try #require(record.range(of: #""order":"(\w+)""#, options: .regularExpression)).lowerBound
            let word = record[order...].dropFirst(9).prefix { $0 != "\"" }
            #expect(row.contains(word == "none" ? "—" : String(word)), "\(row) vs \(record)")
            #expect(row.contains(record.contains("\"trader\":\"informed\"") ? "informed" : "noise"))
        }
    }

    @Test func insiderIsOneGameRefusedMidDayWithAFreshSeedAndTheNextLambda() throws {
        var binary = Interpreter.forTests()
        #expect(
            replyOrEmpty(&binary, "insider").error?.message
                == "insider is not part of the binary model: it is Kyle's insider game (model kyle, then insider); here informed sends an informed trader")
        var shell = Interpreter.forTests()
        send(&shell, "model kyle")
        send(&shell, "set auctions 1")
        send(&shell, "set truth 102")
        // No seed: a fresh one, printed; the same seed replays the same noise.
        let opening = replyOrEmpty(&shell, "insider").plainText
        let seedText = try #require(opening.range(of: #"insider (\d+) replays"#, options: .regularExpression))
        let seed = opening[seedText].split(separator: " ")[1]
        // One auction: λ₁ = σ_v/(2σ_u) = 4/(2·8) = 0.25; the largest order is 20·σ_u = 160.
        #expect(opening.contains("auction 1 of 1, λ₁ = 0.25: type your order"), "\(opening)")
        let tooLarge = replyOrEmpty(&shell, "161")
        #expect(tooLarge.error?.message.hasPrefix("'161' is out of range: the game expects one order, in lots from −160 to 160") == true)
        #expect(replyOrEmpty(&shell, "insider 3").error?.message.hasPrefix("a game is being played (insider 1/1)") == true)
        let day = replyOrEmpty(&shell, "2*2").plainText
        // v = 102; the price is p₀ + λ·(4 + u): its side of v is the sign of price − v.
        let priceText = try #require(day.range(of: #"price p = 100 \+ λ·y = 100 \+ 0.25 × [-0-9.]+ = [-0-9.]+"#, options: .regularExpression))
        let price = try #require(Double(day[priceText].split(separator: " ").last ?? ""))
        #expect(day.contains("the price is now \(Format.value(abs(price - 102))) \(price < 102 ? "below" : "above") v"), "\(day)")
        var replay = Interpreter.forTests()
        send(&replay, "model kyle")
        send(&replay, "set auctions 1")
        send(&replay, "set truth 102")
        send(&replay, "insider \(seed)")
        #expect(replyOrEmpty(&replay, "4").plainText.contains("price p = 100 + λ·y = 100 + 0.25 × \(day[priceText].split(separator: " ")[11])"))
    }

    @Test func theEndOfALongInsiderDayFits80x24() {
        var shell = Interpreter.forTests()
        send(&shell, "model kyle")
        send(&shell, "set auctions 20")
        send(&shell, "insider 5")
        var last: [String] = []
        for _ in 1...20 { last = replyOrEmpty(&shell, "1").lines.map(\.plain) }
        // 10 rows at most: the first 4, a line for the 11 left out, the last 5.
        #expect(last.contains("  … 11 more auctions …"), "\(last)")
        #expect(last.filter { $0.range(of: #"^  \d+ +1\.00 "#, options: .regularExpression) != nil }.count == 9)
        // With the lines that wrap at 80 columns, and the prompt, it fits 24 rows.
        let rows = last.map { max(1, ($0.count + 79) / 80) }.reduce(0, +)
        #expect(rows + 1 <= 24, "\(rows) rows")
    }

    @Test func aLessonPredictionTakesArithmetic() {
        let ask = Prediction(kind: .number(.ask, stated: nil, tolerance: 0.05), line: 1)
        #expect(ask.reading("96+8*0.65") == .number(96 + 8 * 0.65))
        let p = Prediction(kind: .number(.pHigh, stated: nil, tolerance: 0.01), line: 1)
        #expect(p.reading("(0.5*0.65)/0.5") == .number(0.65))
        #expect(p.reading("30+35%") == .number(0.65))
        #expect(p.reading("buy") == nil)
    }

    @Test func helpListsEveryGameWithTheModelItNeeds() {
        var binary = Interpreter.forTests()
        #expect(replyOrEmpty(&binary, "help").lines.map(\.plain).contains { $0.hasPrefix("  insider [SEED]  (model kyle) ") })
        var kyle = Interpreter.forTests()
        send(&kyle, "model kyle")
        #expect(replyOrEmpty(&kyle, "help").lines.map(\.plain).contains { $0.hasPrefix("  maker …         (model binary or normal) ") })
        #expect(replyOrEmpty(&binary, "help insider").lines.first?.plain == "usage: insider [SEED]   (needs model kyle first)")
        #expect(replyOrEmpty(&kyle, "help maker").lines.first?.plain.hasSuffix("(needs model binary or model normal first)") == true)
    }
}
