import DealerModels
import ShellKit

/// The Roll model's refusals, typed (thrown as `ShellError.refusal`).
enum RollRefusal: ModelError {
    /// `set NAME VALUE` outside the row's interval.
    case parameter(DealerParameterError)
    /// `set truth …`: the model hides no value.
    case truth

    var message: String {
        switch self {
        case .parameter(let error):
            let accepts = rollParameterTable.first { $0.name.rawValue == error.name }?.accepts ?? "a value in its range"
            return "\(error.name) takes \(accepts); \(Format.number(error.value)) is not"
        case .truth:
            return "truth takes " + RollErrorText.noTruth
        }
    }
}

/// The Roll model's own error lines, worded in one place.
enum RollErrorText {
    /// What `set truth …` takes: nothing, the model hides no value.
    static let noTruth =
        "nothing here: the Roll model hides no value (m is public, trade signs carry no information)"
}
