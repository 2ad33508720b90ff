/// Comparisons between a number the learner typed and one the shell computed, made at the
/// precision the shell shows prices (four places): a learner can type only what she sees, so a
/// typed 101.2 meets a computed 101.20000000000002 (shown 101.2) exactly.
package enum ShownPrecision {
    /// The places every game price is shown with (`Format.value`, `Format.price`).
    package static let places = 4

    /// `x` rounded to the places shown (half away from zero, as `Format.fixed` rounds).
    package static func shown(_ x: Double) -> Double {
        guard x.isFinite else { return x }
        return (x * 10_000).rounded() / 10_000
    }

    /// `x − y` as the screen shows it: zero when the two agree to the places shown.
    package static func difference(_ x: Double, _ y: Double) -> Double {
        let d = shown(x - y)
        return d == 0 ? 0 : d
    }

    /// Whether `x` and `y` read the same at the places shown.
    package static func same(_ x: Double, _ y: Double) -> Bool {
        difference(x, y) == 0
    }

    /// Whether `x` is at most `limit` at the places shown.
    package static func atMost(_ x: Double, _ limit: Double) -> Bool {
        difference(x, limit) <= 0
    }
}
