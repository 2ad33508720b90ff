/// What the terminal can show: its width for charts, and whether it is UTF-8; and whether each
/// reply must fit one screen (a lesson's step at 80×24): Bayes' rule in a compact table and a
/// short why, `explain` giving the rest.
public struct Display: Sendable {
    public var width: Int
    public var unicode: Bool
    public var compact: Bool

    public init(width: Int = 80, unicode: Bool = true, compact: Bool = false) {
        self.width = width
        self.unicode = unicode
        self.compact = compact
    }
}

/// How much an order shows: Bayes' rule in full, or one compact row (`set detail full|brief`).
/// A display setting, not a model parameter: in a lesson's block the first order is shown in
/// full and the ones after it as rows.
public enum Detail: String, CaseIterable, Sendable {
    case full, brief
}
