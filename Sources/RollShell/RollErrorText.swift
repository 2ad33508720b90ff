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
            return error.message(RollParameters.self)
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
