import ShellKit

/// The binary model's help text: its topics and the shared verbs' wording that differs under it, from
/// `Help/binary.md` (embedded at build time; `HelpDocument` reads it).
let binaryHelp = HelpDocument(
    embedded: PackageResources.binary_md, file: "Sources/BinaryShell/Help/binary.md")

