import ArgumentParser
import LineReading
import TeachingShell

/// The executable: reads the flags, picks where lines come from, and runs the loop.
@main
struct Glosten: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glosten",
        abstract: "A teaching shell for the Glosten–Milgrom market: type buy, see Bayes' rule and the new quotes.",
        discussion: """
        With no FILE and a terminal on standard input, glosten is interactive. With a FILE, \
        -c COMMANDS, or lines piped on standard input it runs them as a script: no prompt, and \
        the first error prints FILE:LINE: message and exits non-zero.
        """,
        version: "glosten \(glostenVersion)"
    )

    @Argument(help: "A script of shell commands to run, one per line.")
    var file: String?

    @Option(name: .customShort("c"), help: ArgumentHelp("Run these commands, separated by ';' or newlines.", valueName: "commands"))
    var commands: String?

    @Flag(help: "Print one JSON object per command on standard output.")
    var json = false

    @Flag(help: "In a script, carry on after an error; exit non-zero at the end if any command failed.")
    var keepGoing = false

    @Flag(help: "Never colour the output (NO_COLOR and TERM=dumb do the same).")
    var noColor = false

    mutating func validate() throws {
        if file != nil, commands != nil {
            throw ValidationError("give either a FILE or -c COMMANDS, not both")
        }
    }

    mutating func run() throws {
        Interruption.install()
        let output = Output(json: json, colour: Output.wantsColour(flag: noColor))
        var loop = ShellLoop(output: output, keepGoing: keepGoing)
        let status: Int32
        if let commands {
            status = loop.runScript(ScriptLines.commandLine(commands), label: "-c")
        } else if let file {
            guard let lines = ScriptLines.file(file) else {
                output.fail("glosten: cannot read \(file): \(ScriptLines.lastError)")
                throw ExitCode(2)
            }
            status = loop.runScript(lines, label: file)
        } else if Terminal.isInteractive(0) {
            status = loop.runInteractive()
        } else {
            var reader = PlainReader(descriptor: 0, keep: Parser.maximumLineBytes)
            status = loop.runScript(reader: &reader, label: "stdin")
        }
        if status != 0 { throw ExitCode(status) }
    }
}

/// The version `--version` prints.
let glostenVersion = "0.1.0"
