import ShellKit

/// The inventory model's own quantities, as lessons name them (`# expect inventory …`).
extension Quantity {
    package static let inventory = Quantity("inventory", phrase: "the dealer's inventory I")
    package static let reservation = Quantity("reservation", phrase: "the reservation price r")
    package static let drift = Quantity("drift", phrase: "the expected change of inventory E[ΔI]")
}

/// Every quantity a lesson can pin under the inventory model, the shell's it reads and its own:
/// what `lesson check` lists when a lesson names one the model does not have.
package let inventoryQuantities: [Quantity] = [
    .bid, .ask, .mid, .spread, .expectedValue, .t, .price, .inventory, .reservation, .drift,
]
