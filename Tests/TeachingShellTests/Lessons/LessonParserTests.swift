import Testing

@testable import ShellKit

/// Reading lesson Markdown: steps, narration, directives, and errors at the right line.
struct LessonParserTests {
    private func parse(_ text: String) throws(LessonError) -> Lesson {
        try LessonParser.parse(text, name: "t", path: "t.md")
    }

    /// Prose before a block and the block form a step; trailing prose is a last step.
    @Test func steps() throws {
        let lesson = try parse(
            """
            # Title

            Some **prose**
            over two lines.

            ```gm
            set mu 0.5
            buy
            # expect ask 109 ±0.01
            # a comment
            ```

            - a list item
            - another

            ```gm
            # predict p_high 0.9 ±0.01
            # hint odds
            # hint more odds
            # explain because
            buy
            ```

            The end.
            """)
        #expect(lesson.title == "Title")
        #expect(lesson.steps.count == 3)
        #expect(
            lesson.steps[0].narration == [
                .heading(level: 1, text: "Title"), .paragraph("Some **prose** over two lines."),
            ])
        #expect(lesson.steps[0].commands.count == 2)
        #expect(lesson.steps[1].narration == [.verbatim(["- a list item", "- another"])])
        let prediction = try #require(lesson.steps[1].prediction)
        #expect(prediction.kind == .number(.pHigh, stated: 0.9, tolerance: 0.01))
        #expect(prediction.hints == ["odds", "more odds"] && prediction.explanation == "because")
        #expect(lesson.steps[2].narration == [.paragraph("The end.")])
    }

    /// `# expect` forms, with the tolerance a written decimal implies.
    @Test func expectations() {
        #expect(DirectiveSyntax.expectation("ask 103.10 ±0.01") == .value(.ask, 103.10, tolerance: 0.01))
        #expect(DirectiveSyntax.expectation("bid 102 +-0.5") == .value(.bid, 102, tolerance: 0.5))
        #expect(DirectiveSyntax.expectation("closed") == .side(.market, closed: true))
        #expect(DirectiveSyntax.expectation("ask open") == .side(.ask, closed: false))
        #expect(DirectiveSyntax.expectation("error") == .error)
        guard case .value(.pHigh, let value, let tolerance)? = DirectiveSyntax.expectation("p_high 0.65") else {
            Issue.record("p_high 0.65 not read")
            return
        }
        // 0.65 is written to two places, so it promises ±0.005.
        #expect(value == 0.65 && abs(tolerance - 0.005) < 1e-12)
        #expect(DirectiveSyntax.expectation("ask") == nil)
        // Any name reads: whether the lesson's model has the quantity is `lesson check`'s to say
        // (LessonCheckerTests.quantityTheModelLacksIsNamed); a word that cannot be a name does not.
        #expect(DirectiveSyntax.expectation("nosuch 3") == .value(Quantity(rawValue: "nosuch")!, 3, tolerance: 0.5))
        #expect(DirectiveSyntax.expectation("no-such 3") == nil)
        #expect(DirectiveSyntax.expectation("3rd 3") == nil)
        #expect(DirectiveSyntax.expectation("ask 3 ±x") == nil)
    }

    /// Malformed lessons fail at the line that is wrong.
    @Test func errorsAtTheirLine() {
        #expect(throws: LessonError(path: "t.md", line: 3, problem: .unterminatedBlock)) {
            try parse("intro\n\n```gm\nbuy\n")
        }
        #expect(throws: LessonError(path: "t.md", line: 3, problem: .unknownDirective("expcet", suggestion: "expect")))
        {
            try parse("```gm\nbuy\n# expcet ask 1\n```")
        }
        #expect(throws: LessonError(path: "t.md", line: 2, problem: .orphanHint("hint"))) {
            try parse("```gm\n# hint too early\nbuy\n```")
        }
        #expect(throws: LessonError(path: "t.md", line: 2, problem: .badExpectation("ask"))) {
            try parse("```gm\n# expect ask\n```")
        }
        #expect(throws: LessonError(path: "t.md", line: nil, problem: .noSteps)) {
            try parse("# Only prose\n\nNothing to run.")
        }
    }

    /// Binary junk is an error, not a crash.
    @Test func junkIsAnError() {
        for junk in ["```", "```gm", "\u{0}\u{1}```gm\n# predict\n```", String(repeating: "```gm\n", count: 100)] {
            #expect(throws: LessonError.self) { try parse(junk) }
        }
    }

    /// A file saved with CRLF line ends, or opening with a UTF-8 byte-order mark, reads as the
    /// same lesson as its plain LF form: same title, steps, commands and expectations.
    @Test func crlfAndByteOrderMark() throws {
        let text = "# Title\n\nProse.\n\n```gm\nset mu 0.5\nbuy\n# expect ask 109 ±0.01\n```\n"
        let plain = try parse(text)
        for variant in [
            text.replacingOccurrences(of: "\n", with: "\r\n"), "\u{FEFF}" + text,
            "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n"),
        ] {
            let lesson = try parse(variant)
            #expect(lesson.title == plain.title && lesson.title == "Title")
            #expect(lesson.steps.count == plain.steps.count)
            let commands = lesson.steps.first?.commands.map { line -> String in
                if case .command(let text) = line.kind { return text } else { return "" }
            }
            #expect(commands == ["set mu 0.5", "buy"])
            let expectations = lesson.steps.first?.lines.compactMap { line -> ShellKit.Expectation? in
                if case .expectation(let expectation) = line.kind { return expectation } else { return nil }
            }
            #expect(expectations?.count == 1)
            #expect(lesson.steps.first?.narration == plain.steps.first?.narration)
        }
    }

    /// An explanation written over several `# explain` lines is one explanation, all of it
    /// (issue 22.1: the player kept only the last line, "the difference.").
    @Test func multiLineExplanationIsJoined() throws {
        let lesson = try parse(
            """
            ```gm
            # predict ask 101.2 ±0.01
            # explain 96 + 8 × 0.65 = 101.2. Quote an ask below it and every buy you win loses, on average,
            # explain the difference.
            buy
            ```
            """)
        let prediction = try #require(lesson.steps.first?.prediction)
        #expect(
            prediction.explanation
                == "96 + 8 × 0.65 = 101.2. Quote an ask below it and every buy you win loses, on average, the difference."
        )
    }

    /// A directive the player would drop is refused at its line, so `lesson check` fails on it:
    /// a second explanation apart from the first (it replaced the first), an empty one.
    @Test func directivesThatWouldBeLostAreRefused() {
        #expect(throws: LessonError(path: "t.md", line: 5, problem: .explanationApart)) {
            try parse("```gm\n# predict ask ±0.1\n# explain First.\n# hint A hint.\n# explain Second.\nbuy\n```")
        }
        #expect(throws: LessonError(path: "t.md", line: 3, problem: .emptyDirective("explain"))) {
            try parse("```gm\n# predict ask ±0.1\n# explain\nbuy\n```")
        }
        #expect(throws: LessonError(path: "t.md", line: 3, problem: .emptyDirective("hint"))) {
            try parse("```gm\n# predict ask ±0.1\n# hint\nbuy\n```")
        }
    }
}
