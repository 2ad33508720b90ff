import ShellKit

/// The pin model's own quantities, as lessons name them (`# expect pin …`).
extension Quantity {
    package static let pin = Quantity("pin", phrase: "PIN = αμ/(αμ + ε_b + ε_s)")
    package static let pinHat = Quantity("pin_hat", phrase: "the estimated PIN")
    package static let pBad = Quantity("p_bad", phrase: "P(bad news | the day's counts)")
    package static let pGood = Quantity("p_good", phrase: "P(good news | the day's counts)")
    package static let loglik = Quantity("loglik", phrase: "the maximised log-likelihood")
}

/// Every quantity a lesson can pin under the pin model, the shell's it reads and its own:
/// what `lesson check` lists when a lesson names one the model does not have.
package let pinQuantities: [Quantity] = [
    .bid, .ask, .mid, .spread, .expectedValue, .t, .pEvent, .pin, .pinHat, .pBad, .pGood, .loglik,
]
