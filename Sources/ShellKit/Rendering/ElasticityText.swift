import MarketCore

/// How the elastic-demand setting (GM 1985 §3) reads, in every model that has it.
package enum ElasticityText {
    /// `off`, `value` or C, as `params` and `set` show the setting.
    package static func word(_ elastic: Elasticity) -> String {
        switch elastic {
        case .off: "off"
        case .value: "value"
        case .constant(let c): Format.number(c)
        }
    }

    /// The note after `set elastic …`.
    package static func setting(_ elastic: Elasticity) -> String {
        switch elastic {
        case .off: "elastic = off: uninformed traders trade at any price"
        case .value: "elastic = value: C = E[V] at each quote (GM 1985 eq. 9)"
        case .constant(let c): "elastic = \(Format.number(c)): C = \(Format.number(c))"
        }
    }
}
