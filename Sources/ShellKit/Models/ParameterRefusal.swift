import MarketCore

extension ParameterTableRow {
    /// `set NAME VALUE` refused because the value lies outside the row: "NAME takes ACCEPTS; VALUE
    /// is not", the one place every model's sentence is written.
    package func refusal(_ value: Double) -> String {
        "\(name.rawValue) takes \(accepts); \(Format.number(value)) is not"
    }
}

extension ParameterOutOfRange {
    /// The refusal for a model whose parameters are a `ParameterSet`, worded from its table.
    package func message<Parameters: ParameterSet>(_: Parameters.Type) -> String {
        guard let name = Parameters.Name(rawValue: name) else {
            return "\(self.name) takes a value in its range; \(Format.number(value)) is not"
        }
        return Parameters.row(name).refusal(value)
    }
}
