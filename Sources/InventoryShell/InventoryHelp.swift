import ShellKit

/// The inventory model's help text: its topics and the shared verbs' wording that differs under it, from
/// `Help/inventory.md` (embedded at build time; `HelpDocument` reads it).
let inventoryHelp = HelpDocument(
    embedded: PackageResources.inventory_md, file: "Sources/InventoryShell/Help/inventory.md",
    substitutions: ["columns": InventorySession.columns.joined(separator: ", ")])

