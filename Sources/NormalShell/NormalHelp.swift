import ShellKit

/// The normal model's help text: its topics and the shared verbs' wording that differs under it, from
/// `Help/normal.md` (embedded at build time; `HelpDocument` reads it).
let normalHelp = HelpDocument(
    embedded: PackageResources.normal_md, file: "Sources/NormalShell/Help/normal.md")

/// The normal model's concepts a learner can ask `help` about (`help model` first).
let normalHelpTopics = normalHelp.topics

/// `help`'s one-line summaries that say something else in the normal model.
let normalVerbSummaries = normalHelp.summaries

/// `help VERB` in the normal model, where a shared verb means something else.
let normalVerbDetails = normalHelp.details
