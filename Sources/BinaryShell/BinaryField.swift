import ShellKit

/// The binary model's own `--json` fields: the beliefs after the command; with elastic demand, C
/// and each side's uninformed share who trade.
/// Every key the model writes is a case here (`record[BinaryField.pHigh] = …`).
enum BinaryField: String, RecordField {
    case pHigh = "p_high"
    case pLow = "p_low"
    case pEvent = "p_event"
    case elasticC = "elastic_c"
    case askParticipation = "ask_participation"
    case bidParticipation = "bid_participation"
}
