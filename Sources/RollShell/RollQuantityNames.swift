import ShellKit

/// The roll model's own quantities, as lessons name them (`# expect change …`).
extension Quantity {
    package static let change = Quantity("change", phrase: "the last price change Δp")
    package static let covariance = Quantity("covariance", phrase: "the serial covariance cov(Δp_t, Δp_{t−1})")
    package static let rollSpread = Quantity("roll_spread", phrase: "Roll's estimate 2√(−cov)")
}

/// Every quantity a lesson can pin under the roll model, the shell's it reads and its own:
/// what `lesson check` lists when a lesson names one the model does not have.
package let rollQuantities: [Quantity] = [
    .bid, .ask, .mid, .spread, .expectedValue, .t, .price, .change, .covariance, .rollSpread,
]
