import Foundation

/// One subcommand of the executable: its word, its usage and summary for `glosten --help`, and
/// how it runs. The table drives dispatch and the list in the help, so they never disagree.
struct Subcommand: Sendable {
    let name: String
    let usage: String
    let summary: String
    /// Printed for `--help` where the subcommand does not parse its own options (ArgumentParser
    /// commands print their own help).
    let help: String?
    /// Runs with the words after the subcommand's name.
    let run: @Sendable ([String]) -> Never

    /// The row for the first word of a command line, if it names a subcommand.
    static func named(_ word: String?) -> Subcommand? { table.first { $0.name == word } }

    /// The list in `glosten --help`, usages in one column (each row within 80 columns).
    static var listing: String {
        let width = table.map(\.usage.count).max() ?? 0
        return table.map { "  " + $0.usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary }
            .joined(separator: "\n")
    }

    /// Runs this subcommand: its help for `--help`/`-h` where the table holds it, else its own code.
    func main(_ arguments: [String]) -> Never {
        if let help, arguments.contains(where: { $0 == "--help" || $0 == "-h" }) {
            print("USAGE: \(usage)\n\n\(help)")
            exit(0)
        }
        run(arguments)
    }

    static let table: [Subcommand] = [
        Subcommand(
            name: "lesson", usage: "glosten lesson check FILE…", summary: "run lessons' blocks as tests", help: nil,
            run: { LessonCommand.main($0); exit(0) }),
        Subcommand(
            name: "assignment", usage: "glosten assignment check FILE…", summary: "check an assignment file",
            help: nil, run: { AssignmentCommand.main($0); exit(0) }),
        Subcommand(
            name: "homework", usage: "glosten homework FILE --student ID",
            summary: "play an assignment, get a completion code", help: nil,
            run: { HomeworkCommand.main($0); exit(0) }),
        Subcommand(
            name: "verify", usage: "glosten verify FILE CODES.csv", summary: "grade completion codes into a CSV",
            help: nil, run: { VerifyCommand.main($0); exit(0) }),
        Subcommand(
            name: "host", usage: "glosten host [OPTIONS]", summary: "open a live class for students' phones",
            help: """
                Opens a live class: builds the class server the first time (a few minutes), starts it,
                shows the join address, a four-letter code and a QR code, and keeps this shell as the
                teacher's console (`help class` lists its verbs). Every event is written to an SQLite
                file before anyone sees it.

                OPTIONS:
                  --port P         the port to listen on (default 8080; 0 picks a free one)
                  --bind ADDR      the interface (default 0.0.0.0, every one; 127.0.0.1 for this machine only)
                  --db FILE        the class's event file (default: one named after the time, here)
                  --resume FILE    continue a class from its event file, after a crash or a kill
                  --model NAME     the model the games play: binary or normal
                """,
            run: { exit(HostCommand.main($0)) }),
        Subcommand(
            name: "bots", usage: "glosten bots N ADDRESS code C", summary: "robot students join a class (a dry run)",
            help: """
                Joins N robot students (1 to 2000) to the class at ADDRESS (as the host prints it) with its
                join code C: a dry run before class, and the load test. They play until the class closes.

                OPTIONS:
                  seed S              their random draws, for a repeatable run
                  policy rational     (the default) an informed robot buys when the value is above
                                      the ask and sells when it is below the bid, an uninformed one
                                      follows its need, a maker posts the market maker's quotes
                  policy random       buy, sell or pass at random; quotes wider by a random share
                """,
            run: { exit(HostCommand.main(["bots"] + $0)) }),
    ]
}
