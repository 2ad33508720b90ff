import Testing

@testable import ShellKit

/// `class …`'s words: the subcommands, `start`'s keywords, and one refusal per bad input.
struct ClassSyntaxTests {
    @Test func subcommands() throws {
        #expect(try ClassSyntax.command([]) == .roster)
        #expect(try ClassSyntax.command(["Pause"]) == .pause)
        #expect(try ClassSyntax.command(["start"]) == .start(game: "trade", rounds: nil, seed: nil))
        #expect(try ClassSyntax.command(["start", "makers", "rounds", "5", "seed", "7"]) == .start(game: "makers", rounds: 5, seed: 7))
        #expect(try ClassSyntax.command(["message", "Hello", "Room"]) == .message("Hello Room"))
        #expect(try ClassSyntax.command(["kick", "Ada", "L."]) == .kick("Ada L."))
        #expect(try ClassSyntax.command(["export", "week3.csv"]) == .export("week3.csv"))
        #expect(try ClassSyntax.command(["compare", "week2.csv"]) == ClassCommand.compare("week2.csv"))
        #expect(try ClassSyntax.command(["open"]) == .open())
    }

    @Test func refusals() {
        #expect(throws: ShellError.badChoice(verb: "class", text: "dance", choices: ClassSyntax.subcommands)) {
            try ClassSyntax.command(["dance"])
        }
        #expect(throws: ShellError.badCount(verb: "class start rounds", text: "0", accepted: 1...200)) {
            try ClassSyntax.command(["start", "rounds", "0"])
        }
        #expect(throws: ShellError.missingArgument(verb: "class start seed", usage: ClassSyntax.usage)) {
            try ClassSyntax.command(["start", "seed"])
        }
        #expect(throws: ShellError.extraArguments(verb: "class pause", usage: ClassSyntax.usage, extra: ["now"])) {
            try ClassSyntax.command(["pause", "now"])
        }
        #expect(throws: ShellError.missingArgument(verb: "class kick", usage: ClassSyntax.usage)) {
            try ClassSyntax.command(["kick"])
        }
        #expect(throws: ShellError.missingArgument(verb: "class compare", usage: ClassSyntax.usage)) {
            try ClassSyntax.command(["compare"])
        }
        #expect(throws: ShellError.extraArguments(verb: "class compare", usage: ClassSyntax.usage, extra: ["b.csv"])) {
            try ClassSyntax.command(["compare", "a.csv", "b.csv"])
        }
    }

    @Test func completion() {
        #expect(ClassSyntax.completions(after: []) == ClassSyntax.subcommands)
        #expect(ClassSyntax.completions(after: ["start"]) == ["trade", "makers", "rounds", "seed"])
        #expect(ClassSyntax.completions(after: ["start", "trade"]) == ["rounds", "seed"])
    }
}
