import ShellKit

/// The roll model's own `--json` fields: the efficient price, the tape's covariance and Roll's
/// estimate; a trade's change, bounce and step.
/// Every key the model writes is a case here (`record[RollField.efficientPrice] = …`).
enum RollField: String, RecordField {
    case efficientPrice = "efficient_price"
    case lastPrice = "last_price"
    case pairs
    case covariance
    case rollSpread = "roll_spread"
    case trueSpread = "true_spread"
    case change
    case bounce
    case step
}
