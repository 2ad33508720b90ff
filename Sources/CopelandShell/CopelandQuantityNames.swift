import ShellKit

/// The Copeland–Galai model's own quantities, as lessons name them (`# expect half_spread …`).
extension Quantity {
    /// x*, the half-spread the dealer posts: the one that maximises Π(x); undefined when she shuts.
    package static let halfSpread = Quantity("half_spread", phrase: "the dealer's best half-spread x*")
    /// 2Π(x*), what the dealer expects to make per arrival at her quotes (0 when she shuts).
    package static let dealerProfit = Quantity(
        "dealer_profit", phrase: "the dealer's expected profit per arrival 2Π(x*)")
}

/// Every quantity a lesson can pin under the copeland model, the shell's it reads and its own:
/// what `lesson check` lists when a lesson names one the model does not have.
package let copelandQuantities: [Quantity] = [
    .bid, .ask, .mid, .spread, .expectedValue, .t, .price, .pInformed, .halfSpread, .dealerProfit,
]
