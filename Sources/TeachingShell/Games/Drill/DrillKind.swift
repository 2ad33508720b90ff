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
    static func kinds(of model: ModelKind) -> [DrillKind] {
        modelDrills[model]?.kinds ?? []
    }

    /// What the kind asks, for `help drill` (under `model`).
    func summary(_ model: ModelKind) -> String {
        switch (self, model) {
        case (.posterior, .normal): "E[v | order], the market maker's new mean of v"
        case (.posterior, _): "P(V = high) after an order"
        case (.quote, .inventory): "the dealer's ask or bid after a few trades"
        case (.quote, _): "the ask or the bid quoted after an order"
        case (.informed, _): "P(trader informed | order)"
        case (.spread, _): "the opening spread, ask − bid"
        case (.withdrawn, _): "whether a side is withdrawn, given the tolerance: yes or no"
        case (.lambda, _): "λ, the price move per unit of net flow (one auction)"
        case (.price, _): "the price after an auction's net order flow"
        case (.covariance, _): "Cov(Δp_t, Δp_{t−1}) from c and γ"
        case (.pin, _): "PIN, the probability that an order is informed"
        }
    }
}

/// One model's drills: its kinds and how it draws an exercise of one of them.
struct ModelDrills: Sendable {
    let kinds: [DrillKind]
    let draw: @Sendable (DrillKind, inout DrillDraw) -> Exercise
}

/// The drills of each model that has them (a new model gets its row here).
let modelDrills: [ModelKind: ModelDrills] = [
    .binary: ModelDrills(kinds: [.posterior, .quote, .informed, .spread, .withdrawn], draw: BinaryExercise.draw),
    .normal: ModelDrills(kinds: [.informed, .posterior], draw: NormalExercise.draw),
    .kyle: ModelDrills(kinds: [.lambda, .price], draw: KyleExercise.draw),
    .roll: ModelDrills(kinds: [.covariance], draw: RollExercise.draw),
    .inventory: ModelDrills(kinds: [.quote], draw: InventoryExercise.draw),
    .pin: ModelDrills(kinds: [.pin], draw: PINExercise.draw),
]
