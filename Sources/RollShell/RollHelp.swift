import ShellKit

/// The Roll model's help text: its topics and the shared verbs' wording that differs under it, from
/// `Help/roll.md` (embedded at build time; `HelpDocument` reads it).
let rollHelp = HelpDocument(
    embedded: PackageResources.roll_md, file: "Sources/RollShell/Help/roll.md",
    substitutions: ["columns": RollSession.columns.joined(separator: ", ")])

/// The Roll model's concepts a learner can ask `help` about (`help model` first).
let rollHelpTopics = rollHelp.topics

/// `help`'s one-line summaries that say something else in the Roll model.
let rollVerbSummaries = rollHelp.summaries

/// `help VERB` in the Roll model, where a shared verb means something else.
let rollVerbDetails = rollHelp.details
