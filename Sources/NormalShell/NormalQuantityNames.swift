import ShellKit

/// Every quantity a lesson can pin under the normal model, the shell's it reads and its own:
/// what `lesson check` lists when a lesson names one the model does not have.
package let normalQuantities: [Quantity] = [
    .bid, .ask, .mid, .spread, .pInformed, .expectedValue, .sd, .t,
]
