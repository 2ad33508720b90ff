import ShellKit

/// The Copeland–Galai model's help text: its topics and the shared verbs' wording that differs under it, from
/// `Help/copeland.md` (embedded at build time; `HelpDocument` reads it).
let copelandHelp = HelpDocument(
    embedded: PackageResources.copeland_md, file: "Sources/CopelandShell/Help/copeland.md")

/// The Copeland–Galai model's concepts a learner can ask `help` about (`help model` first).
let copelandHelpTopics = copelandHelp.topics

/// `help`'s one-line summaries that say something else in the Copeland–Galai model.
let copelandVerbSummaries = copelandHelp.summaries

/// `help VERB` in the Copeland–Galai model, where a shared verb means something else.
let copelandVerbDetails = copelandHelp.details
