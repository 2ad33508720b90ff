import Foundation

/// Reads a lesson's Markdown: narration outside `gm` blocks, commands and directives inside.
/// Finds errors with their line; never crashes on a malformed file.
enum LessonParser {
    package static func parse(_ text: String, name: String, path: String) throws(LessonError) -> Lesson {
        var steps: [LessonStep] = []
        var step = LessonStep()
        var paragraph: [String] = []
        var verbatim: [String] = []
        var title: String?
        var fence: (marker: String, isLesson: Bool, line: Int)?
        // The directive on the block's line just above, so that a directive's lines can go on.
        var previous: String?

        func flushNarration() {
            if !paragraph.isEmpty { step.narration.append(.paragraph(paragraph.joined(separator: " "))) }
            if !verbatim.isEmpty { step.narration.append(.verbatim(verbatim)) }
            paragraph = []
            verbatim = []
        }

        // Split at U+000A itself: "\r\n" is one Character, so a CRLF file splits only by scalars.
        // A leading byte-order mark is not part of the first line.
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        let lines = scalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line))
        }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                if trimmed == open.marker {
                    fence = nil
                    if open.isLesson {
                        if let problem = unansweredChoice(step.prediction) {
                            throw LessonError(path: path, line: step.prediction?.line, problem: problem)
                        }
                        steps.append(step)
                        step = LessonStep()
                    } else {
                        step.narration.append(.verbatim(verbatim))
                        verbatim = []
                    }
                } else if open.isLesson {
                    previous = try read(line: trimmed, number: number, after: previous, into: &step, path: path)
                } else {
                    verbatim.append("    " + line)
                }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flushNarration()
                let marker = String(trimmed.prefix(3))
                let language = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
                fence = (marker, language == "gm", number)
                previous = nil
                continue
            }
            if paragraph.isEmpty, isThematicBreak(trimmed) {
                // A rule (`---` after a blank line) ends a step of narration only.
                flushNarration()
                if !step.narration.isEmpty {
                    steps.append(step)
                    step = LessonStep()
                }
            } else if trimmed.isEmpty || trimmed.hasPrefix("<!--") {
                flushNarration()
            } else if let heading = heading(trimmed) {
                flushNarration()
                if heading.level == 1, title == nil { title = heading.text }
                step.narration.append(.heading(level: heading.level, text: heading.text))
            } else if isVerbatim(trimmed, inParagraph: !paragraph.isEmpty) {
                if !paragraph.isEmpty { flushNarration() }
                verbatim.append(line)
            } else if !verbatim.isEmpty, line.hasPrefix("  "), let last = verbatim.popLast() {
                verbatim.append(last + " " + trimmed)
            } else {
                if !verbatim.isEmpty { flushNarration() }
                paragraph.append(trimmed)
            }
        }
        if let open = fence { throw LessonError(path: path, line: open.line, problem: .unterminatedBlock) }
        flushNarration()
        if !step.narration.isEmpty { steps.append(step) }
        guard steps.contains(where: { !$0.lines.isEmpty }) else {
            throw LessonError(path: path, line: nil, problem: .noSteps)
        }
        return Lesson(name: name, path: path, title: title ?? name, steps: steps)
    }

    /// A multiple-choice question needs two options or more, one of them its answer.
    private static func unansweredChoice(_ prediction: Prediction?) -> LessonError.Problem? {
        guard let prediction, case .choice(let answer) = prediction.kind else { return nil }
        guard prediction.options.count >= 2, prediction.options.contains(where: { $0.label == answer }) else {
            return .choiceWithoutAnswer(answer, options: prediction.options.map(\.label))
        }
        return nil
    }

    /// `---`, `***` or `___` (three or more, spaces allowed): a Markdown thematic break.
    private static func isThematicBreak(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private static func heading(_ line: String) -> (level: Int, text: String)? {
        let level = line.prefix { $0 == "#" }.count
        guard (1...6).contains(level), line.dropFirst(level).first == " " else { return nil }
        return (level, line.dropFirst(level + 1).trimmingCharacters(in: .whitespaces))
    }

    /// List items, table rows and quotations are shown line by line. A numbered item cannot
    /// interrupt a paragraph (a wrapped line that starts with "0.72 and …" is prose).
    private static func isVerbatim(_ line: String, inParagraph: Bool) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("|") || line.hasPrefix(">") { return true }
        let digits = line.prefix(while: \.isNumber)
        return !inParagraph && (1...2).contains(digits.count) && line.dropFirst(digits.count).hasPrefix(". ")
    }

    /// One line of a `gm` block: a command, a directive, or a comment. Returns the directive's
    /// word when the line is one; `previous` is the word of the line above, if it was one.
    private static func read(
        line: String, number: Int, after previous: String?, into step: inout LessonStep, path: String
    ) throws(LessonError) -> String? {
        guard !line.isEmpty else { return nil }
        guard line.hasPrefix("#") else {
            step.lines.append(LessonLine(number: number, kind: .command(line)))
            return nil
        }
        let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
        let word = String(body.prefix { !$0.isWhitespace }).lowercased()
        let rest = body.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        func fail(_ problem: LessonError.Problem) -> LessonError {
            LessonError(path: path, line: number, problem: problem)
        }
        if let directive = DirectiveTable.directive(word) {
            if let problem = directive.read(rest, number, previous == word, &step) { throw fail(problem) }
            return word
        }
        if !word.isEmpty, let near = Suggestion.nearest(to: word, among: DirectiveTable.words),
            Suggestion.distance(word, near) <= 2
        {
            throw fail(.unknownDirective(word, suggestion: near))
        }
        step.lines.append(LessonLine(number: number, kind: .comment(body)))
        return nil
    }
}
