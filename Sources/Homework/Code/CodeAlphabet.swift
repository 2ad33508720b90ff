/// The 31 symbols of a completion code: the digits 2–9 and the capital letters without I, L and
/// O, so nothing in it can be misread as 0/O or 1/l/I. Read back in either case.
///
/// 31 is prime, which is why it is 31 and not 32: a check symbol Σ wᵢ·sᵢ mod 31 with every
/// weight wᵢ in 1…30 changes whenever one symbol changes (wᵢ·d ≢ 0 mod a prime for d ≢ 0), and
/// whenever two neighbours with different weights swap. Every single mistyped symbol is caught.
public enum CodeAlphabet {
    public static let symbols: [Character] = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    public static let radix: UInt64 = 31

    /// The symbol's value, reading lower-case letters as capitals; nil for a character outside.
    public static func value(of character: Character) -> Int? {
        let upper = Character(character.uppercased())
        return symbols.firstIndex(of: upper)
    }
}
