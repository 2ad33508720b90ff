import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Drills at 80×24 through the real binary, as a student plays one: every reply fits the screen
/// (no pager, no line wider than 80), a wrong answer shows a worked step, a right one the score.
@Suite(.serialized)
struct DrillScreenTests {
    private let home: URL

    init() throws {
        home = try privateHome("drill")
    }

    private func shell() throws -> PseudoTerminal {
        try PseudoTerminal(environment: terminalEnvironment(home: home), columns: 80, rows: 24)
    }

    /// Types `line` at the prompt and returns what the screen showed until the next prompt: the
    /// typed line, the reply and the prompt, which must fit 24 lines of 80 columns with no pager.
    private func reply(_ terminal: PseudoTerminal, _ line: String) -> String {
        #expect(terminal.waitForPrompt(), "no prompt before \(line): \(terminal.screen.suffix(300))")
        terminal.clear()
        terminal.type(line + "\r")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !terminal.screen.hasSuffix("> "), !terminal.screen.contains("-- more") {
            usleep(10_000)
        }
        terminal.waitForPrompt(seconds: 2)
        let screen = terminal.screen
        #expect(!screen.contains("-- more"), "\(line) needed the pager:\n\(screen)")
        let lines = screen.components(separatedBy: "\n")
        #expect(lines.count <= 24, "\(line) took \(lines.count) lines:\n\(screen)")
        for shown in lines { #expect(shown.count <= 80, "a line wider than the screen: \(shown)") }
        return screen
    }

    /// The first number after `label` on the screen.
    private func number(after label: String, in screen: String) throws -> Double {
        let range = try #require(screen.range(of: label), "\(label) not on screen: \(screen)")
        let digits = screen[range.upperBound...].prefix { $0.isNumber || $0 == "." }
        return try #require(Double(digits), "no number after \(label)")
    }

    /// A posterior drill played through: a wrong answer shows step 1 (Bayes' rule), hint shows
    /// step 2 (the odds form), the right answer (worked out here from the numbers on the screen by
    /// classic GM's closed form) is accepted, skip shows the next one's answer, and the score.
    @Test func aDrillPlayedThrough() throws {
        let terminal = try shell()
        let question = reply(terminal, "drill posterior seed 3 count 2")
        #expect(question.contains("── exercise 1 of 2 (posterior) ──"))
        #expect(question.hasSuffix("[drill 1/2] answer> "))
        let theta = try number(after: "= θ = ", in: question)
        let mu = try number(after: "a share μ = ", in: question)
        let gamma = try number(after: "buy with γ = ", in: question)
        let buy = question.contains("A buy arrives.")
        // P(buy | H) = μ + (1−μ)γ, P(buy | L) = (1−μ)γ; P(sell | H) = (1−μ)(1−γ), P(sell | L) = μ + (1−μ)(1−γ).
        let (high, low) =
            buy ? (mu + (1 - mu) * gamma, (1 - mu) * gamma) : ((1 - mu) * (1 - gamma), mu + (1 - mu) * (1 - gamma))
        let posterior = theta * high / (theta * high + (1 - theta) * low)

        let wrong = reply(terminal, String(format: "%.2f", posterior + 0.2))
        #expect(wrong.contains("not quite: P(V = "))
        #expect(wrong.contains("step 1 of 2 of the worked solution:"))
        #expect(wrong.contains("Bayes' rule   P(s | \(buy ? "buy" : "sell"))"))
        #expect(wrong.contains(String(format: "= %.4f", posterior)), "the posterior in Bayes' rule")
        let hint = reply(terminal, "hint")
        #expect(hint.contains("step 2 of 2 of the worked solution:"))
        #expect(hint.contains("Odds form"))
        // Typed as arithmetic: the posterior to 2 places, minus 0 (issue 22.25).
        let right = reply(terminal, String(format: "%.2f-0", posterior))
        #expect(right.contains("right: P(V = "))
        #expect(right.contains("(solution shows its worked solution)"))
        #expect(right.contains("── exercise 2 of 2 (posterior) ──"))
        #expect(right.hasSuffix("[drill 2/2] answer> "))
        // The worked solution of the exercise answered right, on request; then Enter for the next.
        let solution = reply(terminal, "solution")
        #expect(solution.contains("the worked solution:") && solution.contains("Odds form"))
        #expect(solution.contains("Enter shows exercise 2 of 2"))
        #expect(reply(terminal, "").contains("── exercise 2 of 2 (posterior) ──"))
        let skipped = reply(terminal, "skip")
        #expect(skipped.contains("the worked solution:"))
        #expect(skipped.contains("answer: P(V = "))
        #expect(skipped.contains("drill done: 0 of 2 right first time, 1 right after steps shown, 1 revealed"))
        #expect(skipped.hasSuffix("t=0 98.80|101.20> "), "the shell's own prompt is back")
        #expect(terminal.leave() == 0)
        // The set's progress is in the state folder, in the lesson progress format.
        let saved = try String(contentsOf: home.appendingPathComponent("glosten/drills"), encoding: .utf8)
        #expect(saved.contains("\"drill-binary-posterior-seed-3-count-2\""))
        #expect(saved.contains("\"done\" : true"))
    }

    /// Every kind of every model, on three seeds: the question, each worked step shown by wrong
    /// answers, the answer after the last, Enter for the next exercise, and the whole solution
    /// shown by skip (with the score): each screen fits 80×24.
    @Test func everyKindFitsTheScreen() throws {
        let terminal = try shell()
        let models = [
            ("binary", ["posterior", "quote", "informed", "spread", "withdrawn"]),
            ("normal", ["informed", "posterior"]), ("kyle", ["lambda", "price"]), ("roll", ["covariance"]),
            ("inventory", ["quote"]), ("pin", ["pin"]),
        ]
        for (model, kinds) in models {
            _ = reply(terminal, "model \(model)")
            for kind in kinds {
                for seed in 1...3 {
                    let question = reply(terminal, "drill \(kind) seed \(seed) count 2")
                    #expect(question.contains("── exercise 1 of 2 (\(kind)) ──"))
                    let answer = question.contains("(yes or no)") ? "yes" : "-1000"
                    var settled = ""
                    for _ in 0..<5 where !settled.contains("exercise 2 of 2") {
                        settled = reply(terminal, answer)
                    }
                    if settled.contains("Enter shows exercise 2 of 2") {
                        #expect(settled.contains("answer: "))
                        settled = reply(terminal, "")
                    }
                    #expect(settled.contains("── exercise 2 of 2 (\(kind)) ──"), "\(settled)")
                    let solution = reply(terminal, "skip")
                    #expect(solution.contains("the worked solution:"))
                    #expect(solution.contains("drill done:"))
                }
            }
        }
        #expect(terminal.leave() == 0)
    }
}
