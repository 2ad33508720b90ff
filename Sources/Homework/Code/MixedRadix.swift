/// A sequence of small numbers, each below its own radix, packed into one number written in
/// base 31 (`CodeAlphabet`): the shortest code that holds them. The first number written is the
/// first read, so a later field's radix may depend on an earlier one's value.
package struct MixedRadixWriter {
    private var fields: [(value: UInt64, radix: UInt64)] = []

    package init() {}

    /// Adds `value` (below `radix`).
    package mutating func write(_ value: UInt64, radix: UInt64) {
        precondition(radix >= 1 && value < radix, "a field's value is below its radix")
        fields.append((value, radix))
    }

    /// Adds a whole number of any size: 4 bits a field, with a flag for "more follow".
    package mutating func writeVarint(_ value: UInt64) {
        var v = value
        repeat {
            let chunk = v & 15
            v >>= 4
            write(chunk + (v > 0 ? 16 : 0), radix: 32)
        } while v > 0
    }

    /// The base-31 digits, least significant first: N = Σ vₖ·Πⱼ<ₖ rⱼ.
    package var digits: [Int] {
        var number: [UInt64] = []  // base-31 digits, least significant first
        for field in fields.reversed() {
            var carry = field.value
            for i in number.indices {
                let x = number[i] * field.radix + carry
                number[i] = x % CodeAlphabet.radix
                carry = x / CodeAlphabet.radix
            }
            while carry > 0 {
                number.append(carry % CodeAlphabet.radix)
                carry /= CodeAlphabet.radix
            }
        }
        return number.map { Int($0) }
    }
}

/// Reads back what a `MixedRadixWriter` wrote, field by field.
package struct MixedRadixReader {
    private var number: [UInt64]  // most significant first

    package init(digits: [Int]) {
        number = digits.reversed().map { UInt64($0) }
    }

    /// The next field (below `radix`).
    package mutating func read(radix: UInt64) -> UInt64 {
        var remainder: UInt64 = 0
        for i in number.indices {
            let x = remainder * CodeAlphabet.radix + number[i]
            number[i] = x / radix
            remainder = x % radix
        }
        while number.first == 0 { number.removeFirst() }
        return remainder
    }

    /// A number written by `writeVarint`; nil when it runs past 64 bits.
    package mutating func readVarint() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let chunk = read(radix: 32)
            guard shift < 64 else { return nil }
            value |= (chunk & 15) << shift
            shift += 4
            if chunk < 16 { return value }
        }
    }

    /// Whether every field has been read (nothing is left over).
    package var isExhausted: Bool { number.isEmpty }
}
