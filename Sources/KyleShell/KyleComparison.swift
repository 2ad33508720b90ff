import MarketCore
import ShellKit

/// `compare models` in Kyle's market: a customer buy is a net flow of one noise standard
/// deviation of an auction (σ_u·√Δt), a sell the same flow negative.
extension KyleSession {
    func comparisonCommand(for order: Order) -> MarketCommand {
        let size = parameters.noiseVariancePerAuction.squareRoot()
        let y: Double =
            switch order {
            case .buy: size
            case .sell: -size
            case .none: 0
            }
        return KyleVerb.flow.command(.numbers([y]))
    }
}
