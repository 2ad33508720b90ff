import ArgumentParser
import Foundation
import Homework
import LineReading
import ShellKit

/// `glosten homework FILE --student ID`: a student's homework, item after item, in the ordinary
/// player; her work is kept between sessions and her completion code printed at the end.
struct HomeworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glosten homework",
        abstract: "Play an assignment as homework and get a completion code for the teacher.",
        discussion: """
            The items play one after another as lesson and drill play them (hints, back, skip, quit). \
            Your numbers are drawn from your student id. `homework` shows where you are, `homework code` \
            the code for the work so far; the code is printed when the last item is done. Quit and run \
            the same command again to go on where you left. See Documentation/Homework.md.
            """
    )

    @Argument(help: "The assignment file, or the name of a shipped one (bayes, examples, drills, games).")
    var assignment: String

    @Option(help: ArgumentHelp("Your student id, as your teacher's list has it.", valueName: "id"))
    var student: String

    @Flag(help: "Print one JSON object per command (the code under results.code for `homework code`).")
    var json = false

    @Flag(help: "Never colour the output.")
    var noColor = false

    mutating func validate() throws {
        if StudentDerivation.normalised(student).isEmpty { throw ValidationError("--student needs an id, e.g. --student s1234567") }
    }

    mutating func run() throws {
        let output = Output(json: json, colour: Output.wantsColour(flag: noColor))
        let loaded = try AssignmentFiles.checked(assignment, output: output)
        // Homework always keeps its place: the drill's progress and the code move together.
        let (keeper, warning) = HomeworkKeeper.open(loaded, student: student)
        if let warning { output.fail(warning) }
        var loop = ShellLoop(
            output: output, keepGoing: true, interpreter: ShellCommand.interpreter(keepsProgress: keeper.store != nil))
        loop.homework = keeper
        let status = loop.runStandardInput()
        if status != 0 { throw ExitCode(status) }
    }
}

/// The homework being played in a shell loop, and where its code is kept.
struct HomeworkKeeper {
    var session: HomeworkSession
    let store: HomeworkFile?

    /// Saves the code when the work changed; a warning when it could not.
    mutating func save() -> String? {
        guard session.changed else { return nil }
        session.changed = false
        return store?.save(session.code, key: session.key)
    }
}
