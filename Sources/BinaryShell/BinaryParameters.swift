import MarketModel
import ShellKit

/// The binary model's parameters as `set`, `params`, `help` and completion show them, in the
/// order `params` lists them, read from `ParameterName.row`.
let binaryParameterRows: [ParameterRow] = ParameterName.allCases.map { ParameterRow($0.row) }
