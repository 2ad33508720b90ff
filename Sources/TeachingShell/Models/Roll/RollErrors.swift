import DealerModels

/// The Roll and inventory models' own error lines, worded in one place (they reach the shell as
/// `ShellError.model`).
enum DealerErrorText {
    /// `set NAME VALUE` outside the row's interval.
    static func refused(_ error: DealerParameterError, rows: [DealerParameterRow]) -> ShellError {
        let accepts = rows.first { $0.name == error.name }?.accepts ?? "a value in its range"
        return .model("\(error.name) takes \(accepts); \(Format.number(error.value)) is not")
    }

    /// `set truth …` under a model that hides nothing.
    static func noTruth(_ model: ModelKind) -> String {
        switch model {
        case .roll: "nothing here: the Roll model hides no value (m is public, trade signs carry no information)"
        default: "nothing here: the inventory model hides no value (v is known to everyone; no trade carries news)"
        }
    }
}
