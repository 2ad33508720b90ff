import ShellKit

/// The kyle model's own quantities, as lessons name them (`# expect lambda …`).
extension Quantity {
    package static let `lambda` = Quantity("lambda", phrase: "λ of the last auction")
    package static let beta = Quantity("beta", phrase: "β of the last auction")
    package static let sigma2 = Quantity("sigma2", phrase: "the market maker's variance of v (Σ)")
    package static let expectedProfit = Quantity("expected_profit", phrase: "the insider's expected profit")
}

/// Every quantity a lesson can pin under the kyle model, the shell's it reads and its own:
/// what `lesson check` lists when a lesson names one the model does not have.
package let kyleQuantities: [Quantity] = [
    .expectedValue, .sd, .t, .price, .`lambda`, .beta, .sigma2, .expectedProfit,
]
