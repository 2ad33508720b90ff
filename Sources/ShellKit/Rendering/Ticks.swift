import Foundation

/// Round axis ticks (steps of 1, 2 or 5 times a power of ten) that cover a range.
package struct Ticks {
    package let values: [Double]
    package let step: Double

    package init(from low: Double, to high: Double, about count: Int = 5) {
        let span = high > low ? high - low : max(abs(high), 1)
        let raw = span / Double(count)
        let power = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? 10 * power
        let first = floor(low / step) * step
        let last = ceil(high / step) * step
        self.step = step
        values = stride(from: first, through: last + step / 2, by: step).map { abs($0) < step / 1e6 ? 0 : $0 }
    }

    /// A tick's label with just the decimals the step needs.
    package func label(_ value: Double) -> String {
        let places = max(0, -Int(floor(log10(step))))
        return String(format: "%.\(places)f", value)
    }
}
