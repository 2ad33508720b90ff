import ShellKit

/// The copeland model's own `--json` fields: the dealer's half-spread, profits and trades; an
/// arrival's profit.
/// Every key the model writes is a case here (`record[CopelandField.halfSpread] = …`).
enum CopelandField: String, RecordField {
    case halfSpread = "half_spread"
    case realisedProfit = "realised_profit"
    case trades
    case expectedProfit = "expected_profit"
    case profit
}
