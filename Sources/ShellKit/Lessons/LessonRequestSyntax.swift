/// The words after `lesson`, read one way only: a lesson's name can never be read as a word of
/// the syntax. One word is a subcommand when it is one of `LessonRequestSyntax.subcommands`
/// (no lesson may be named so) and a lesson's name otherwise; with two words, `present` or
/// `play` after a name says what to do with it, and `play` or `check` before one as well
/// (`lesson play present` presents the lesson `play`: `present` is never a lesson's name).
enum LessonRequestSyntax {
    /// Words that stand alone after `lesson` or around a name; no lesson may be named after one.
    package static let subcommands = ["quit", "check", "present"]

    /// Reads the (lowercased) words after `lesson`; nil when they fit no form.
    package static func request(_ args: [String]) -> LessonRequest? {
        switch args.count {
        case 0: return .list
        case 1:
            switch args[0] {
            case "quit": return .quit
            case "check": return .check(nil)
            case "present": return nil
            default: return .start(args[0])
            }
        case 2:
            switch (args[0], args[1]) {
            case ("check", let name): return subcommands.contains(name) ? nil : .check(name)
            case (let name, "present"): return subcommands.contains(name) ? nil : .present(name)
            case (let name, "play") where !subcommands.contains(name): return .play(name)
            case ("play", let name): return subcommands.contains(name) ? nil : .play(name)
            default: return nil
            }
        default: return nil
        }
    }

    /// Whether `name` may name a lesson: not a word of the syntax.
    static func isFreeName(_ name: String) -> Bool { !subcommands.contains(name) }
}
