import DealerModels
import ShellKit

/// The inventory model's own error lines, worded in one place (they reach the shell as
/// `ShellError.model`).
enum InventoryErrorText {
    /// `set NAME VALUE` outside the row's interval.
    static func refused(_ error: DealerParameterError) -> ShellError {
        let accepts = inventoryParameterTable.first { $0.name.rawValue == error.name }?.accepts ?? "a value in its range"
        return .model("\(error.name) takes \(accepts); \(Format.number(error.value)) is not")
    }

    /// What `set truth …` takes: nothing, the model hides no value.
    static let noTruth =
        "nothing here: the inventory model hides no value (v is known to everyone; no trade carries news)"
}
