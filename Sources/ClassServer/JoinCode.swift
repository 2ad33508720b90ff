/// The short code a student types to join: letters that cannot be mistaken for one another.
public enum JoinCode {
    /// Letters with no look-alike (no I, L, O: they read as 1 and 0 on a projector).
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ")
    /// How many letters a code has.
    public static let length = 4

    /// A new code drawn from `generator`.
    public static func draw(using generator: inout some RandomNumberGenerator) -> String {
        String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// The code as a student typed it, tidied: spaces dropped, upper case.
    public static func normalised(_ typed: String) -> String {
        String(typed.uppercased().filter { !$0.isWhitespace })
    }
}
