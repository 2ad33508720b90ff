import ShellKit

/// The binary model's own quantities, as lessons name them (`# expect p_high …`).
extension Quantity {
    package static let pHigh = Quantity("p_high", phrase: "P(V = high)", isProbability: true)
    package static let pLow = Quantity("p_low", phrase: "P(V = low)", isProbability: true)
}

/// Every quantity a lesson can pin under the binary model, the shell's it reads and its own:
/// what `lesson check` lists when a lesson names one the model does not have.
package let binaryQuantities: [Quantity] = [
    .bid, .ask, .mid, .spread, .pHigh, .pLow, .pEvent, .pInformed, .expectedValue, .sd, .t,
]
