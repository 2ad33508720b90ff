import Foundation
import Testing

// The documentation's figures come from the binary (issue 21, item 9; issue 24, the front door):
// every `$ glosten …` transcript in README.md and Documentation/ is what the binary prints, every
// relative link resolves, Documentation/Commands.md is what `glosten --commands-markdown` prints,
// and the PIN page's checks paragraph is what `estimate` finds on InfoTrad's days.

/// The package's root folder.
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The text of `path` under the package root ("" when it cannot be read: the tests then fail).
private func text(_ path: String) -> String {
    (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
}

/// README.md and every Markdown file under Documentation/, as paths from the root, sorted.
private let pages: [String] = {
    let folder = root.appendingPathComponent("Documentation")
    let found = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
    return ["README.md"] + found.filter { $0.hasSuffix(".md") }.map { "Documentation/" + $0 }.sorted()
}()

/// One `$ glosten …` transcript: where it is, the arguments, and the lines shown (`...` marks
/// lines left out).
struct Transcript: CustomTestStringConvertible, Sendable {
    let page: String
    let line: Int
    let command: String
    let shown: [String]
    var testDescription: String { "\(page):\(line): \(command)" }
}

/// Splits a command line as a POSIX shell would for words, single quotes and double quotes without
/// escapes; nil when a quote is left open or a character a shell would act on appears.
func shellWords(_ line: String) -> [String]? {
    var words: [String] = []
    var word = ""
    var inWord = false
    var quote: Character?
    for c in line {
        if let open = quote {
            if c == open { quote = nil } else { word.append(c) }
        } else if c == "'" || c == "\"" {
            quote = c
            inWord = true
        } else if c == " " {
            if inWord { words.append(word) }
            word = ""
            inWord = false
        } else if "|&;<>()$`\\*?[]#~".contains(c) {
            return nil
        } else {
            word.append(c)
            inWord = true
        }
    }
    if quote != nil { return nil }
    if inWord { words.append(word) }
    return words
}

/// The fenced blocks of `page` whose first line is `$ glosten …`; `stray` gets the line numbers of
/// any other `$ glosten` line inside a fence (one the test could not replay).
private func transcripts(in page: String, stray: inout [Int]) -> [Transcript] {
    var found: [Transcript] = []
    let lines = text(page).components(separatedBy: "\n")
    var i = 0
    while i < lines.count {
        guard lines[i].hasPrefix("```") else {
            i += 1
            continue
        }
        let first = i + 1
        var end = first
        while end < lines.count, !lines[end].hasPrefix("```") { end += 1 }
        for n in first..<end where lines[n].hasPrefix("$ glosten") && n != first { stray.append(n + 1) }
        if first < end, lines[first].hasPrefix("$ glosten") {
            found.append(
                Transcript(
                    page: page, line: first + 1, command: lines[first], shown: Array(lines[(first + 1)..<end])))
        }
        i = end + 1
    }
    return found
}

private let allTranscripts: [Transcript] = pages.flatMap { page in
    var stray: [Int] = []
    return transcripts(in: page, stray: &stray)
}

@Test func theDocumentationHasTranscripts() {
    #expect(pages.count >= 10, "pages found: \(pages)")
    #expect(allTranscripts.count >= 6, "transcripts found: \(allTranscripts.map(\.testDescription))")
    for page in pages {
        var stray: [Int] = []
        _ = transcripts(in: page, stray: &stray)
        #expect(
            stray.isEmpty,
            "\(page): `$ glosten` on lines \(stray) is not the first line of a fenced block, so no test replays it")
    }
}

/// Every line a transcript shows is a line the binary prints, in the same order.
@Test(arguments: allTranscripts)
func transcriptIsWhatTheBinaryPrints(_ transcript: Transcript) throws {
    let words = try #require(
        shellWords(String(transcript.command.dropFirst(2))),
        "\(transcript.page):\(transcript.line): write the command with plain words and single quotes")
    #expect(words.first == "glosten" && words.count >= 2)
    let shown = transcript.shown.filter { $0 != "..." }
    #expect(!shown.isEmpty, "\(transcript.testDescription): shows no line, so it checks nothing")
    let result = try run(arguments: Array(words.dropFirst()))
    #expect(result.status == 0 && !result.signalled, "\(transcript.testDescription): \(result.stderr)")
    var printed = result.stdoutLines[...]
    for line in shown {
        guard let at = printed.firstIndex(of: line) else {
            Issue.record("\(transcript.testDescription): the binary does not print (in this order)\n\(line)")
            break
        }
        printed = printed[(at + 1)...]
    }
}

/// The anchor GitHub gives a heading: lower case, letters, digits, `_` and `-` kept, spaces as `-`.
func headingAnchor(_ heading: String) -> String {
    String(
        heading.lowercased().compactMap { c -> Character? in
            if c == " " { return "-" }
            return c.isLetter || c.isNumber || c == "_" || c == "-" ? c : nil
        })
}

/// Every relative link in README.md and Documentation/ names a file that exists.
///
/// An anchor, when the link has one, names a heading of that page. Fenced blocks are skipped.
@Test func relativeLinksResolve() throws {
    let link = /\[[^\]]*\]\(([^)\s]+)\)/
    var checked = 0
    for page in pages {
        let folder = URL(fileURLWithPath: page).deletingLastPathComponent().relativePath
        var inFence = false
        for (n, line) in text(page).components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("```") { inFence.toggle() }
            if inFence { continue }
            for match in line.matches(of: link) {
                let target = String(match.1)
                if target.contains("://") || target.hasPrefix("mailto:") { continue }
                checked += 1
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].isEmpty ? page : (folder == "." ? "" : folder + "/") + parts[0]
                let url = root.appendingPathComponent(file).standardized
                guard FileManager.default.fileExists(atPath: url.path) else {
                    Issue.record("\(page):\(n + 1): the link \(target) names no file (\(url.path))")
                    continue
                }
                guard parts.count == 2, file.hasSuffix(".md") else { continue }
                let content = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                let anchors = content.components(separatedBy: "\n").filter { $0.hasPrefix("#") }
                    .map { headingAnchor(String($0.drop { $0 == "#" }.drop { $0 == " " })) }
                #expect(anchors.contains(String(parts[1])), "\(page):\(n + 1): \(file) has no heading #\(parts[1])")
            }
        }
    }
    #expect(checked >= 20, "links checked: \(checked)")
}

/// The anchor rule on headings of this documentation.
@Test func headingAnchorsAreGitHubs() {
    #expect(headingAnchor("Monte Carlo") == "monte-carlo")
    #expect(headingAnchor("Elastic demand (Glosten–Milgrom 1985 §3)") == "elastic-demand-glostenmilgrom-1985-3")
    #expect(headingAnchor("model binary") == "model-binary")
}

/// Documentation/Commands.md is what the binary prints from the tables `help` reads.
@Test func commandsPageIsWhatTheBinaryPrints() throws {
    let result = try run(arguments: ["--commands-markdown"])
    #expect(result.status == 0, "\(result.stderr)")
    let checkedIn = text("Documentation/Commands.md")
    guard result.stdout != checkedIn else { return }
    let printed = result.stdout.components(separatedBy: "\n")
    let page = checkedIn.components(separatedBy: "\n")
    let at = (0..<min(printed.count, page.count)).first { printed[$0] != page[$0] } ?? min(printed.count, page.count)
    Issue.record(
        """
        Documentation/Commands.md differs from what `glosten --commands-markdown` prints, first at line \(at + 1):
          the page:   \(at < page.count ? page[at] : "(ends)")
          the binary: \(at < printed.count ? printed[at] : "(ends)")
        Regenerate it: swift build && .build/debug/glosten --commands-markdown > Documentation/Commands.md
        """)
}

/// The PIN page's checks paragraph: "`estimate` finds α = 0.4, μ = 442.17, ε_b = 263.33, ε_s = 424.90,
/// PIN = 0.2044 …, with N of 95 starts reaching it", each figure read from the page and
/// compared with what the binary prints for InfoTrad's days (the page's own B and S).
@Test func pinPageFiguresAreWhatEstimatePrints() throws {
    let page = text("Documentation/Models/PIN.md")
    let paragraph = try #require(
        page.range(of: "On InfoTrad's").map { String(page[$0.lowerBound...].prefix(900)) })
    let flat = paragraph.replacingOccurrences(of: "\n", with: " ")
    func numbers(after label: String, upTo end: String) throws -> [Int] {
        let start = try #require(flat.range(of: label), "PIN.md: no '\(label)'")
        let rest = flat[start.upperBound...]
        let stop = try #require(rest.range(of: end), "PIN.md: no '\(end)' after '\(label)'")
        return rest[..<stop.lowerBound].split(separator: " ").compactMap { Int($0) }
    }
    let buys = try numbers(after: "B = ", upTo: ",")
    let sells = try numbers(after: "S = ", upTo: ")")
    #expect(buys.count == 10 && sells.count == 10, "\(buys) \(sells)")
    func figure(_ label: String) throws -> String {
        let start = try #require(flat.range(of: label), "PIN.md: no '\(label)'")
        return String(flat[start.upperBound...].prefix { $0.isNumber || $0 == "." })
    }
    let days = "buys,sells\n" + zip(buys, sells).map { "\($0),\($1)\n" }.joined()
    let file = try temporaryScript(Data(days.utf8))
    defer { removeScript(file) }
    let result = try runCommands("model pin; load \(file); estimate")
    #expect(result.status == 0, "\(result.stderr)")
    let out = result.stdoutLines
    func printed(_ name: String) throws -> Double {
        let row = try #require(out.last { $0.hasPrefix("  \(name) ") }, "no \(name) row in\n\(result.stdout)")
        return try #require(row.split(separator: " ").dropFirst().first.flatMap { Double($0) })
    }
    // Each figure on the page is the printed estimate rounded to the places the README gives.
    for (label, name) in [
        ("α = ", "alpha"), ("μ = ", "mu"), ("ε_b = ", "eps_buy"), ("ε_s = ", "eps_sell"), ("PIN = ", "PIN"),
    ] {
        let text = try figure(label)
        let places = text.split(separator: ".").dropFirst().first?.count ?? 0
        let value = try printed(name)
        #expect(String(format: "%.\(places)f", value) == text, "PIN.md \(label)\(text), the binary prints \(value)")
    }
    let reached = try #require(out.first { $0.contains("reached the best") })
    let count = try #require(reached.split(separator: ";").last?.split(separator: " ").first.map(String.init))
    #expect(flat.contains("with \(count) of 95 starts reaching it"), "the binary: \(reached)")
    #expect(reached.contains("starts     95 "), "\(reached)")
}
