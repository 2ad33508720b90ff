import NormalValue

/// The normal model's parameters as `set`, `params`, `help` and completion show them, read from
/// `normalParameterTable`, which holds their symbols, meanings and rules.
let normalParameterRows: [ParameterRow] = normalParameterTable.map { row in
    ParameterRow(
        name: row.name.rawValue, symbol: row.symbol, meaning: row.meaning, accepts: row.accepts,
        restartsMarket: row.restartsMarket, words: [:])
}
