import ShellKit

/// The normal model's help text: its topics and the shared verbs' wording that differs under it, from
/// `Help/normal.md` (embedded at build time; `HelpDocument` reads it).
let normalHelp = HelpDocument(
    embedded: PackageResources.normal_md, file: "Sources/NormalShell/Help/normal.md")

