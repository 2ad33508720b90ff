/// What the terminal can show: its width for charts, and whether it is UTF-8.
public struct Display: Sendable {
    public var width: Int
    public var unicode: Bool

    public init(width: Int = 80, unicode: Bool = true) {
        self.width = width
        self.unicode = unicode
    }
}

/// How much an order shows: Bayes' rule in full, or one compact row (`set detail full|brief`).
/// A display setting, not a model parameter: in a lesson's block the first order is shown in
/// full and the ones after it as rows.
public enum Detail: String, CaseIterable, Sendable {
    case full, brief
}
