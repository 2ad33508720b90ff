import NormalValue
import ShellKit

/// The normal model's parameters as `set`, `params`, `help` and completion show them, read from
/// `normalParameterTable`, which holds their symbols, meanings and rules (`elastic` takes the
/// words off and value besides numbers, as `Elasticity.code` writes them).
let normalParameterRows: [ParameterRow] = normalParameterTable.map { row in
    ParameterRow(
        name: row.name.rawValue, symbol: row.symbol, meaning: row.meaning, accepts: row.accepts,
        restartsMarket: row.restartsMarket,
        words: row.name == .elastic ? ["off": Elasticity.off.code, "value": Elasticity.value.code] : [:])
}
