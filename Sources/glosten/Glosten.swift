import ArgumentParser
import Foundation
import LineReading
import ModelRegistry
import ShellKit

/// The executable: `glosten [FILE]` runs the shell; a first word from `Subcommand.table` runs that subcommand.
@main
enum Glosten {
    static func main() {
        Interruption.install()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let subcommand = Subcommand.named(arguments.first) {
            subcommand.main(Array(arguments.dropFirst()))
        } else if arguments == ["--commands-markdown"] {
            // Hidden: Documentation/Commands.md, from the tables `help` reads (DocumentationTests).
            print(CommandReference.markdown(models: glostenModels))
        } else {
            ShellCommand.main(arguments)
        }
    }
}

/// The shell: interactive at a terminal, otherwise a script.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glosten",
        abstract: "A teaching shell for the Glosten–Milgrom market: type buy, see Bayes' rule and the new quotes.",
        discussion: """
            With no FILE and a terminal on standard input, glosten is interactive. With a FILE, \
            -c COMMANDS, or lines piped on standard input it runs them as a script: no prompt, and \
            the first error prints FILE:LINE: message and exits non-zero.

            Subcommands (each has its own --help):
            \(Subcommand.listing)
            """,
        version: "glosten \(glostenVersion)"
    )

    @Argument(help: "A script of shell commands to run, one per line.")
    var file: String?

    @Option(
        name: .customShort("c"),
        help: ArgumentHelp("Run these commands, separated by ';' or newlines.", valueName: "commands"))
    var commands: String?

    @Flag(help: "Print one JSON object per command on standard output.")
    var json = false

    @Flag(help: "In a script, carry on after an error; exit non-zero at the end if any command failed.")
    var keepGoing = false

    @Flag(help: "Never colour the output (NO_COLOR and TERM=dumb do the same).")
    var noColor = false

    @Option(help: ArgumentHelp("Start with this lesson (see `lesson` in the shell).", valueName: "name"))
    var lesson: String?

    @Flag(
        help: "With --lesson: print the whole lesson at once, questions then answers, nothing to type (for recording).")
    var play = false

    @Flag(help: "With --lesson: present it to a room, one step per key, the screen cleared between steps.")
    var present = false

    mutating func validate() throws {
        if file != nil, commands != nil { throw ValidationError("give either a FILE or -c COMMANDS, not both") }
        if play, lesson == nil { throw ValidationError("--play needs --lesson NAME") }
        if present, lesson == nil { throw ValidationError("--present needs --lesson NAME") }
        if play, present { throw ValidationError("give either --play or --present, not both") }
        if let lesson, commands != nil || file != nil {
            throw ValidationError(
                "--lesson \(lesson) plays the lesson by itself: give it without \(file == nil ? "-c COMMANDS" : "a FILE") (type commands between its steps instead)"
            )
        }
    }

    mutating func run() throws {
        let output = Output(json: json, colour: Output.wantsColour(flag: noColor))
        let interactive = Terminal.isInteractive(0) && file == nil && commands == nil
        var interpreter = Self.interpreter(keepsProgress: !play && !present && interactive)
        // A person at a terminal may open a live class with `class open`; a script never starts a server.
        let hosting = ClassHosting(output: output)
        if interactive { interpreter.classConsole = hosting.console }
        defer { hosting.end() }
        var loop = ShellLoop(output: output, keepGoing: keepGoing, interpreter: interpreter)
        let status: Int32
        if let lesson, present, interactive {
            status = loop.runInteractive(startingWith: "\(lesson) present")
        } else if let lesson, play || present || (file == nil && commands == nil && !interactive) {
            if !play && !present {
                output.fail("glosten: --lesson \(lesson) without a terminal prints the whole lesson, as --play does")
            } else if present {
                output.fail("glosten: --present needs a terminal; printing every slide instead")
            }
            status = loop.runScript(
                [Array("lesson \(lesson) \(present ? "present" : "play")".utf8)], label: "--lesson")
        } else if let commands {
            status = loop.runScript(ScriptLines.commandLine(RawArguments.bytes(of: commands)), label: "-c")
        } else if let file {
            switch ScriptLines.open(file) {
            case .success(let descriptor):
                var reader = PlainReader(
                    descriptor: descriptor, keep: Parser.maximumLineBytes, shouldStop: { Interruption.isRequested })
                status = loop.runScript(reader: &reader, label: file)
                close(descriptor)
            case .failure(let problem):
                output.fail("glosten: cannot read \(file): \(problem.message)")
                throw ExitCode(2)
            }
        } else {
            status = loop.runStandardInput(startingWith: lesson)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// An interpreter with the lessons folder and, for a person at a terminal, saved progress.
    static func interpreter(keepsProgress: Bool) -> Interpreter {
        let environment = ProcessInfo.processInfo.environment
        let library = LessonLibrary.find(
            executable: CommandLine.arguments[0], environment: environment, shipped: shippedLessons)
        var store: any ProgressStore = MemoryProgressStore()
        var drills: any ProgressStore = MemoryProgressStore()
        if keepsProgress, let file = ProgressFile.lessons() { store = file }
        if keepsProgress, let file = ProgressFile.drills() { drills = file }
        var interpreter = Interpreter(models: glostenModels, library: library, progress: store, drillProgress: drills)
        interpreter.files = FileSystemWriter()
        return interpreter
    }
}

/// `glosten lesson check FILE…`: the lessons are tests too.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glosten lesson",
        abstract: "Work with lesson files.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every block of each lesson; fail with FILE:LINE for any expectation that does not hold."
        )

        @Argument(help: "Lesson files (Markdown).")
        var files: [String]

        @Flag(help: "Never colour the output.")
        var noColor = false

        mutating func run() throws {
            let output = Output(json: false, colour: Output.wantsColour(flag: noColor))
            guard !files.isEmpty else { throw ValidationError("give at least one lesson file, e.g. lessons/*.md") }
            var failed = 0
            var stopped = false
            for file in files where !file.hasSuffix("README.md") {
                // Ctrl-C or SIGTERM: the lessons after the one it cut are not checked.
                if stopped { throw ExitCode(Interruption.terminationSignal.map { 128 + $0 } ?? 130) }
                do {
                    var report = LessonChecker.check(
                        try LessonLibrary.read(path: file), models: glostenModels, shouldStop: { Interruption.isRequested })
                    // A lesson's `Next:` names a lesson beside it in its folder, or one shipped in the program.
                    let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
                    report.failures += Course(glostenModels).problems(in: report.lesson) { name in
                        FileManager.default.fileExists(atPath: folder.appendingPathComponent(name + ".md").path)
                            || shippedLessons[name] != nil
                    }
                    report.lines.forEach { output.note($0, error: !report.passed) }
                    stopped = report.stoppedAfter != nil
                    if !report.passed { failed += 1 }
                } catch {
                    output.fail(error.message)
                    failed += 1
                }
            }
            if stopped { throw ExitCode(Interruption.terminationSignal.map { 128 + $0 } ?? 130) }
            if failed > 0 {
                output.fail("\(failed) of \(files.filter { !$0.hasSuffix("README.md") }.count) lessons failed")
                throw ExitCode(1)
            }
        }
    }
}

/// The version `--version` prints.
let glostenVersion = "0.1.0"
