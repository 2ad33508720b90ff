import NormalValue
import ShellKit

/// The normal model's parameters as `set`, `params`, `help` and completion show them, read from
/// `normalParameterTable`, which holds their symbols, meanings and rules (`elastic` takes the
/// words off and value besides numbers, as `Elasticity.code` writes them).
let normalParameterRows: [ParameterRow] = normalParameterTable.map(ParameterRow.init)
