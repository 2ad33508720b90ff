import Testing

@testable import LineReading

/// The terminal's byte decoder: one U+FFFD per maximal ill-formed subsequence, checked by hand on
/// the cases issue 23 names and against Swift's own decoder (which follows the same practice) on
/// random bytes.
struct UTF8AssemblerTests {
    private let mark: Unicode.Scalar = "\u{FFFD}"

    /// What the terminal reader gives for `bytes` typed and then the end of input: a byte that
    /// follows a sequence cut short is given again, as `TypedCharacters` does.
    private func assembled(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        var assembler = UTF8Assembler()
        var given: [Unicode.Scalar] = []
        var index = 0
        while index < bytes.count {
            switch assembler.take(bytes[index]) {
            case .incomplete:
                index += 1
            case .character(let scalar):
                given.append(scalar)
                index += 1
            case .illFormed:
                given.append(mark)
                index += 1
            case .illFormedBefore:
                given.append(mark)  // the same byte is taken again
            }
        }
        if assembler.isPartway { given.append(mark) }
        return given
    }

    @Test(
        "each ill-formed sequence is one mark, and the byte after a cut-short one is kept",
        arguments: [
            ([0xC3], "\u{FFFD}"),  // a lead byte alone
            ([0xC3, 0x41], "\u{FFFD}A"),  // cut short by an ASCII byte, which is kept
            ([0xC3, 0xA9], "é"),
            ([0xFF], "\u{FFFD}"), ([0xFE], "\u{FFFD}"),
            ([0xC0, 0xAF], "\u{FFFD}\u{FFFD}"),  // overlong "/": C0 never begins a character
            ([0xE0, 0x80, 0xAF], "\u{FFFD}\u{FFFD}\u{FFFD}"),  // overlong: E0 needs A0–BF next
            ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}"),  // U+D800, a surrogate
            ([0xED, 0x9F, 0xBF], "\u{D7FF}"),  // the last scalar before the surrogates
            ([0xF4, 0x90, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),  // above U+10FFFF
            ([0xF4, 0x8F, 0xBF, 0xBF], "\u{10FFFF}"),
            ([0x80], "\u{FFFD}"), ([0xBF, 0xBF], "\u{FFFD}\u{FFFD}"),  // stray continuation bytes
            ([0xE2, 0x88], "\u{FFFD}"),  // − (E2 88 92) cut short: one mark for the two bytes
            ([0xE2, 0x88, 0x92], "−"),
            ([0xF0, 0x9F, 0x98, 0x80], "😀"),
            ([0xF0, 0x9F, 0x98, 0x20], "\u{FFFD} "),
        ] as [([UInt8], String)])
    func namedCases(bytes: [UInt8], expected: String) {
        #expect(assembled(bytes) == Array(expected.unicodeScalars))
    }

    @Test("on 20 000 random byte strings the marks fall where Swift's decoder puts U+FFFD")
    func agreesWithSwiftsDecoder() {
        // Bytes near every boundary the rules draw, and some of everything.
        let edges: [UInt8] = [
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
            0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFE, 0xFF,
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {  // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var disagreements: [[UInt8]] = []
        for _ in 0..<20_000 {
            let length = Int(next() % 12)
            let bytes = (0..<length).map { _ in
                next() % 2 == 0 ? edges[Int(next() % UInt64(edges.count))] : UInt8(truncatingIfNeeded: next())
            }
            if assembled(bytes) != Array(String(decoding: bytes, as: UTF8.self).unicodeScalars) {
                disagreements.append(bytes)
            }
        }
        #expect(disagreements.isEmpty, "first: \(disagreements.prefix(3))")
    }
}
