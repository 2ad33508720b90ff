/// Assembles bytes, one at a time as they are typed, into Unicode scalars, marking each ill-formed
/// sequence: an overlong form, a surrogate, a value above U+10FFFF, a sequence cut short, a stray
/// continuation byte, 0xC0, 0xC1 or 0xF5–0xFF.
///
/// Each maximal ill-formed subsequence counts once (the practice the Unicode standard recommends
/// and Swift's own decoder follows): `C3 41` is one mark then `A`; `C0 AF` is two marks, since
/// 0xC0 can never begin a character. Pure: no I/O.
struct UTF8Assembler {
    /// What one more byte made.
    enum Step: Equatable {
        /// Part of a character: the next byte is needed.
        case incomplete
        /// A whole character.
        case character(Unicode.Scalar)
        /// An ill-formed sequence that ends with this byte.
        case illFormed
        /// The bytes before this one were an ill-formed (cut short) sequence; this byte was not
        /// taken and begins afresh: give it again.
        case illFormedBefore
    }

    private var value: UInt32 = 0
    /// Continuation bytes still needed.
    private var needed = 0
    /// The bytes the next continuation may be (narrower after E0, ED, F0 and F4).
    private var allowed: ClosedRange<UInt8> = 0x80...0xBF

    /// Whether a character has begun and is not yet whole.
    var isPartway: Bool { needed > 0 }

    /// Forgets a character begun.
    mutating func reset() { needed = 0 }

    mutating func take(_ byte: UInt8) -> Step {
        if needed > 0 {
            guard allowed.contains(byte) else {
                needed = 0
                return .illFormedBefore
            }
            value = value << 6 | UInt32(byte & 0x3F)
            needed -= 1
            allowed = 0x80...0xBF
            guard needed == 0, let scalar = Unicode.Scalar(value) else { return .incomplete }
            return .character(scalar)
        }
        switch byte {
        case 0x00...0x7F: return .character(Unicode.Scalar(byte))
        case 0xC2...0xDF: begin(byte & 0x1F, needing: 1, next: 0x80...0xBF)
        case 0xE0: begin(0, needing: 2, next: 0xA0...0xBF)  // below A0: overlong
        case 0xED: begin(0xD, needing: 2, next: 0x80...0x9F)  // above 9F: a surrogate
        case 0xE1...0xEF: begin(byte & 0x0F, needing: 2, next: 0x80...0xBF)
        case 0xF0: begin(0, needing: 3, next: 0x90...0xBF)  // below 90: overlong
        case 0xF1...0xF3: begin(byte & 0x07, needing: 3, next: 0x80...0xBF)
        case 0xF4: begin(4, needing: 3, next: 0x80...0x8F)  // above 8F: past U+10FFFF
        default: return .illFormed  // 80–BF alone, C0 and C1 (always overlong), F5–FF
        }
        return .incomplete
    }

    private mutating func begin(_ bits: UInt8, needing: Int, next: ClosedRange<UInt8>) {
        value = UInt32(bits)
        needed = needing
        allowed = next
    }
}
