import Foundation
import Testing

// The README's figures come from the binary (issue 21, item 9): its transcripts are what the
// binary prints, and the PIN checks paragraph is what `estimate` finds on InfoTrad's days.

private let readme: String = {
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    return (try? String(contentsOf: package.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
}()

/// The README's fenced blocks that open with `$ glosten -c …`: the commands and the lines shown
/// (`...` marks lines left out).
private func transcripts() -> [(commands: String, shown: [String])] {
    var blocks: [(String, [String])] = []
    let lines = readme.components(separatedBy: "\n")
    var i = 0
    while i < lines.count {
        if lines[i] == "```", i + 1 < lines.count, lines[i + 1].hasPrefix("$ glosten -c ") {
            var commands = String(lines[i + 1].dropFirst("$ glosten -c ".count))
            if commands.hasPrefix("'"), commands.hasSuffix("'") { commands = String(commands.dropFirst().dropLast()) }
            var shown: [String] = []
            i += 2
            while i < lines.count, lines[i] != "```" {
                shown.append(lines[i])
                i += 1
            }
            blocks.append((commands, shown))
        }
        i += 1
    }
    return blocks
}

/// Every line a README transcript shows is a line the binary prints, in the same order.
@Test func readmeTranscriptsAreWhatTheBinaryPrints() throws {
    let blocks = transcripts()
    #expect(blocks.count >= 5, "README transcripts found: \(blocks.count)")
    for block in blocks {
        let result = try runCommands(block.commands)
        #expect(result.status == 0 && !result.signalled, "\(block.commands): \(result.stderr)")
        var printed = result.stdoutLines[...]
        for line in block.shown where line != "..." {
            guard let at = printed.firstIndex(of: line) else {
                Issue.record(
                    "README, `glosten -c '\(block.commands)'`: the binary does not print (in this order)\n\(line)")
                break
            }
            printed = printed[(at + 1)...]
        }
    }
}

/// The PIN checks paragraph: "`estimate` finds α = 0.4, μ = 442.17, ε_b = 263.33, ε_s = 424.90,
/// PIN = 0.2044 …, with N of 95 starts reaching it", each figure read from the README and
/// compared with what the binary prints for InfoTrad's days (the README's own B and S).
@Test func readmePINFiguresAreWhatEstimatePrints() throws {
    let paragraph = try #require(
        readme.range(of: "Checks: on InfoTrad's").map { String(readme[$0.lowerBound...].prefix(900)) })
    let flat = paragraph.replacingOccurrences(of: "\n", with: " ")
    func numbers(after label: String, upTo end: String) throws -> [Int] {
        let start = try #require(flat.range(of: label), "README: no '\(label)'")
        let rest = flat[start.upperBound...]
        let stop = try #require(rest.range(of: end), "README: no '\(end)' after '\(label)'")
        return rest[..<stop.lowerBound].split(separator: " ").compactMap { Int($0) }
    }
    let buys = try numbers(after: "B = ", upTo: ",")
    let sells = try numbers(after: "S = ", upTo: ")")
    #expect(buys.count == 10 && sells.count == 10, "\(buys) \(sells)")
    func figure(_ label: String) throws -> String {
        let start = try #require(flat.range(of: label), "README: no '\(label)'")
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
    // Each README figure is the printed estimate rounded to the places the README gives.
    for (label, name) in [
        ("α = ", "alpha"), ("μ = ", "mu"), ("ε_b = ", "eps_buy"), ("ε_s = ", "eps_sell"), ("PIN = ", "PIN"),
    ] {
        let text = try figure(label)
        let places = text.split(separator: ".").dropFirst().first?.count ?? 0
        let value = try printed(name)
        #expect(String(format: "%.\(places)f", value) == text, "README \(label)\(text), the binary prints \(value)")
    }
    let reached = try #require(out.first { $0.contains("reached the best") })
    let count = try #require(reached.split(separator: ";").last?.split(separator: " ").first.map(String.init))
    #expect(flat.contains("with \(count) of 95 starts reaching it"), "the binary: \(reached)")
    #expect(reached.contains("starts     95 "), "\(reached)")
}
