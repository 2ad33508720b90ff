import ShellKit

/// The Roll model's help text: its topics and the shared verbs' wording that differs under it, from
/// `Help/roll.md` (embedded at build time; `HelpDocument` reads it).
let rollHelp = HelpDocument(
    embedded: PackageResources.roll_md, file: "Sources/RollShell/Help/roll.md",
    substitutions: ["columns": RollSession.columns.joined(separator: ", ")])

