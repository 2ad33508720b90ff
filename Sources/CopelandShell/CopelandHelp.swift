import ShellKit

/// The Copeland–Galai model's help text: its topics and the shared verbs' wording that differs under it, from
/// `Help/copeland.md` (embedded at build time; `HelpDocument` reads it).
let copelandHelp = HelpDocument(
    embedded: PackageResources.copeland_md, file: "Sources/CopelandShell/Help/copeland.md")

