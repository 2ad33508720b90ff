import ShellKit

/// Every quantity a lesson can pin under the copeland model, the shell's it reads and its own:
/// what `lesson check` lists when a lesson names one the model does not have.
package let copelandQuantities: [Quantity] = [
    .bid, .ask, .mid, .spread, .expectedValue, .t, .price, .pInformed,
]
