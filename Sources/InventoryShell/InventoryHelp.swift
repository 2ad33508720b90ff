import ShellKit

/// The inventory model's help text: its topics and the shared verbs' wording that differs under it, from
/// `Help/inventory.md` (embedded at build time; `HelpDocument` reads it).
let inventoryHelp = HelpDocument(
    embedded: PackageResources.inventory_md, file: "Sources/InventoryShell/Help/inventory.md",
    substitutions: ["columns": InventorySession.columns.joined(separator: ", ")])

/// The inventory model's concepts a learner can ask `help` about (`help model` first).
let inventoryHelpTopics = inventoryHelp.topics

/// `help`'s one-line summaries that say something else in the inventory model.
let inventoryVerbSummaries = inventoryHelp.summaries

/// `help VERB` in the inventory model, where a shared verb means something else.
let inventoryVerbDetails = inventoryHelp.details
