import DealerModels
import ShellKit

/// The Roll model's own error lines, worded in one place (they reach the shell as
/// `ShellError.model`).
enum RollErrorText {
    /// `set NAME VALUE` outside the row's interval.
    static func refused(_ error: DealerParameterError) -> ShellError {
        let accepts = rollParameterTable.first { $0.name.rawValue == error.name }?.accepts ?? "a value in its range"
        return .model("\(error.name) takes \(accepts); \(Format.number(error.value)) is not")
    }

    /// What `set truth …` takes: nothing, the model hides no value.
    static let noTruth =
        "nothing here: the Roll model hides no value (m is public, trade signs carry no information)"
}
