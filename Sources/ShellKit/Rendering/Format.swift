import Foundation

/// How numbers are written for the class: prices and probabilities to four places, tiny
/// probabilities in scientific notation so they never read as a flat zero.
package enum Format {
    /// A price, e.g. `102.6000`.
    package static func price(_ value: Double) -> String {
        fixed(value, places: 4)
    }

    /// A price or a dash when undefined.
    package static func price(_ value: Double?) -> String {
        value.map(price) ?? "—"
    }

    /// A probability or likelihood, e.g. `0.6500`, or `3.2e-08` when tiny but not zero.
    package static func probability(_ value: Double) -> String {
        if value != 0, abs(value) < 0.0001 || abs(value) >= 1e6 { return String(format: "%.2e", value) }
        return fixed(value, places: 4)
    }

    /// A signed change, e.g. `+0.6000` or `−0.0991`.
    package static func change(_ value: Double) -> String {
        let magnitude = fixed(abs(value), places: 4)
        if magnitude == fixed(0, places: 4) { return "±0.0000" }
        return (value < 0 ? "−" : "+") + magnitude
    }

    /// A value in full: the shortest text that reads back as the same double, e.g. `103.10091743119266`.
    package static func exact(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    /// A parameter value in its shortest form, e.g. `0.3`, `104`, `off` for infinity; a value
    /// like 1/3 that needs many digits shows six significant ones (`0.333333`).
    package static func number(_ value: Double) -> String {
        if value == .infinity { return "off" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let shortest = "\(value)"
        let digits = shortest.filter(\.isNumber).drop { $0 == "0" }.count
        return digits > 8 ? String(format: "%.6g", value) : shortest
    }

    /// `value` rounded to `places` decimals (half away from zero), without Foundation's slow
    /// `String(format:)`; "-0.0000" is written "0.0000".
    package static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(format: "%.\(places)f", value) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        let fraction = units % Int64(scale)
        var text = (value < 0 && units != 0 ? "-" : "") + String(whole)
        if places > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: places - digits.count) + digits
        }
        return text
    }
}

extension Format {
    /// An asset value with at most four places and no trailing zeros, e.g. `104`, `101.3333`.
    package static func value(_ value: Double) -> String {
        var text = price(value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

extension Format {
    /// Text padded with spaces to a column width (at least one space after it).
    package static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

extension Format {
    /// A share as a percentage, e.g. `2.1%`; a dash when undefined.
    package static func percent(_ share: Double?) -> String {
        share.map { fixed($0 * 100, places: 1) + "%" } ?? "—"
    }
}
