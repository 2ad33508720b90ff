/// What the terminal can show: its width for charts, and whether it is UTF-8.
public struct Display: Sendable {
    public var width: Int
    public var unicode: Bool

    public init(width: Int = 80, unicode: Bool = true) {
        self.width = width
        self.unicode = unicode
    }
}
