import Crypto

/// A student's session token: 128 random bits from the system's generator, written as 32 hex
/// digits. The class keeps only its SHA-256 digest (in the seat table, the log and the engine),
/// and compares digests in constant time, so neither the log nor the timing of a refusal tells
/// a token.
public enum SessionToken {
    /// Hex digits in a token (128 bits).
    public static let length = 32

    /// A new token: two 64-bit words from `generator` (the system's, in the hall).
    public static func draw(using generator: inout some RandomNumberGenerator) -> String {
        (0..<2).map { _ in hex(generator.next()) }.joined()
    }

    /// The token's SHA-256 digest, as 64 lower-case hex digits.
    public static func digest(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { byte in
            String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 15)]], as: UTF8.self)
        }.joined()
    }

    /// Whether two digests are equal, in a time that depends on their lengths only: every byte
    /// is compared, whatever the first difference.
    public static func same(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    private static let digits = Array("0123456789abcdef".utf8)

    /// `word` as 16 hex digits, zeros kept.
    private static func hex(_ word: UInt64) -> String {
        String(decoding: (0..<16).map { digits[Int(word >> (60 - 4 * UInt64($0)) & 15)] }, as: UTF8.self)
    }
}
