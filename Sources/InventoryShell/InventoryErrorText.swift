import DealerModels
import ShellKit

/// The inventory model's refusals, typed (thrown as `ShellError.refusal`).
enum InventoryRefusal: ModelError {
    /// `set NAME VALUE` outside the row's interval.
    case parameter(DealerParameterError)
    /// `set truth …`: the model hides no value.
    case truth

    var message: String {
        switch self {
        case .parameter(let error):
            return error.message(InventoryParameters.self)
        case .truth:
            return "truth takes " + InventoryErrorText.noTruth
        }
    }
}

/// The inventory model's own error lines, worded in one place.
enum InventoryErrorText {
    /// What `set truth …` takes: nothing, the model hides no value.
    static let noTruth =
        "nothing here: the inventory model hides no value (v is known to everyone; no trade carries news)"
}
