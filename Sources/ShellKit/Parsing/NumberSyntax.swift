/// Reads the numbers a learner types: decimals (`0.3`, `.3`, `-2`, `1e-3`) and fractions (`1/3`).
///
/// Swift's `Double(_:)` also takes `nan`, `inf` and hexadecimal; a teaching shell refuses those.
package enum NumberSyntax {
    /// The value of a decimal or fraction, or nil if the text is neither or the value is not finite.
    package static func number(_ text: String) -> Double? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let top = decimal(parts[0]), let bottom = decimal(parts[1]), bottom != 0 else { return nil }
            let value = top / bottom
            return value.isFinite ? value : nil
        }
        return parts.count == 1 ? decimal(parts[0]) : nil
    }

    /// A whole number made of digits only, or nil.
    package static func whole(_ text: String) -> UInt64? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return UInt64(text)
    }

    /// Whether the text looks like a number at all (so `run 1e12` can say "too large", not "not a number").
    static func isNumeric(_ text: String) -> Bool {
        number(text) != nil
    }

    private static func decimal(_ text: Substring) -> Double? {
        var bytes = Array(text.utf8)[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            bytes = bytes.dropFirst()
        }
        let mantissaEnd = bytes.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") } ?? bytes.endIndex
        let mantissa = bytes[..<mantissaEnd]
        let digits = mantissa.filter { $0 != UInt8(ascii: ".") }
        guard !digits.isEmpty, digits.allSatisfy(isDigit),
            mantissa.filter({ $0 == UInt8(ascii: ".") }).count <= 1
        else { return nil }
        if mantissaEnd != bytes.endIndex {
            var exponent = bytes[bytes.index(after: mantissaEnd)...]
            if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                exponent = exponent.dropFirst()
            }
            guard !exponent.isEmpty, exponent.allSatisfy(isDigit) else { return nil }
        }
        guard let value = Double(String(text)), value.isFinite else { return nil }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
