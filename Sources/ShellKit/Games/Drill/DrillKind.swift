/// What a drill exercise asks for. Each model offers the kinds that make sense for it
/// (`DrillKind.kinds(of:)`); `drill KIND` names one, `drill` alone mixes them.
public enum DrillKind: String, CaseIterable, Sendable {
    /// P(V = high) after an order (binary); E[v | order] after an order (normal).
    case posterior
    /// The ask or the bid quoted after an order.
    case quote
    /// P(trader informed | order).
    case informed
    /// The opening spread, ask − bid.
    case spread
    /// Whether a side is withdrawn, given the uninformed traders' tolerance (yes or no).
    case withdrawn
    /// Kyle's λ, the price move per unit of net order flow (one auction).
    case lambda
    /// Kyle's price after an auction's net order flow.
    case price
    /// Roll's covariance of successive price changes, −c²·4γ(1−γ).
    case covariance
    /// PIN = αμ/(αμ + ε_b + ε_s).
    case pin

    /// The kinds `model` offers, in the order `help drill` lists them; none for a model whose
    /// drills are not written yet (`drill` then says so).
    package static func kinds(of model: ModelKind) -> [DrillKind] {
        model.descriptor.drills?.kinds ?? []
    }

    /// What the kind asks, for `help drill` (under `model`, which may word it its own way).
    package func summary(_ model: ModelKind) -> String {
        if let own = model.descriptor.drills?.summaries[self] { return own }
        return switch self {
        case .posterior: "P(V = high) after an order"
        case .quote: "the ask or the bid quoted after an order"
        case .informed: "P(trader informed | order)"
        case .spread: "the opening spread, ask − bid"
        case .withdrawn: "whether a side is withdrawn, given the tolerance: yes or no"
        case .lambda: "λ, the price move per unit of net flow (one auction)"
        case .price: "the price after an auction's net order flow"
        case .covariance: "Cov(Δp_t, Δp_{t−1}) from c and γ"
        case .pin: "PIN, the probability that an order is informed"
        }
    }
}

/// One model's drills: its kinds and how it draws an exercise of one of them.
package struct ModelDrills: Sendable {
    package let kinds: [DrillKind]
    package let draw: @Sendable (DrillKind, inout DrillDraw) -> Exercise
    /// The kinds whose answer is a probability here (typed also as `75%`).
    package let probabilities: Set<DrillKind>
    /// How this model words a kind for `help drill`, where it differs from the kind's own words.
    package let summaries: [DrillKind: String]

    package init(
        kinds: [DrillKind], probabilities: Set<DrillKind> = [], summaries: [DrillKind: String] = [:],
        draw: @escaping @Sendable (DrillKind, inout DrillDraw) -> Exercise
    ) {
        (self.kinds, self.probabilities, self.summaries, self.draw) = (kinds, probabilities, summaries, draw)
    }
}
