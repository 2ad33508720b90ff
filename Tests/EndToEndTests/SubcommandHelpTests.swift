import Foundation
import Testing

// `glosten --help` lists every subcommand, and each one answers `--help` with its usage: the
// list and the dispatch are one table (Sources/glosten/Subcommands.swift). `host` and `bots` once
// refused `--help` as an unknown option although the list said each has its own.

/// The subcommands' first words, written out here (not read from the table) so a row lost from
/// the table fails the test.
private let subcommands = ["lesson", "assignment", "homework", "verify", "host", "bots"]

@Test func theHelpListsEverySubcommandWithin80Columns() throws {
    let result = try run(arguments: ["--help"])
    #expect(result.status == 0)
    let listed = result.stdoutLines.filter { $0.hasPrefix("  glosten ") }
    #expect(listed.map { $0.split(separator: " ")[1] } == subcommands.map { Substring($0) })
    for line in listed { #expect(line.count <= 80, "\(line.count) columns: \(line)") }
}

@Test(arguments: subcommands)
func eachSubcommandAnswersHelpWithItsUsage(_ name: String) throws {
    let result = try run(arguments: [name, "--help"])
    #expect(result.status == 0 && !result.signalled, "exit \(result.status): \(result.stderr)")
    #expect(result.stdout.contains("USAGE: glosten \(name)"), "\(result.stdout)\(result.stderr)")
    #expect(result.stderr == "")
}
