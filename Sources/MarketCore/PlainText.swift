/// The one rule for characters that are never shown raw: they would drive the terminal (C0 and
/// C1 controls, DEL) or reorder the text around them (the bidirectional formatting characters,
/// such as U+202E, which reverses the rest of the line).
public enum PlainText {
    /// C0 controls but tab, DEL, the C1 controls, and the bidirectional formatting characters.
    public static func isControlOrBidi(_ value: UInt32) -> Bool {
        (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value) || isBidi(value)
    }

    /// The bidirectional formatting characters: marks, embeddings, overrides and isolates.
    public static func isBidi(_ value: UInt32) -> Bool {
        value == 0x061C || (0x200E...0x200F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }
}
