import ShellKit

/// The binary model's help text: its topics and its wording of the shared verbs (Bayes' rule, the
/// states, alpha and tolerance), from
/// `Help/binary.md` (embedded at build time; `HelpDocument` reads it).
let binaryHelp = HelpDocument(
    embedded: PackageResources.binary_md, file: "Sources/BinaryShell/Help/binary.md")

