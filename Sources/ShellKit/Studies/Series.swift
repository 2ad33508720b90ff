/// What `plot` and `compare` can draw, read off a session's rows: the names only. A model that
/// draws them gives each its title, unit and limits in its own words (the binary model's belief
/// is P(V = high), the normal model's E[v] ± sd).
public enum SeriesKind: String, CaseIterable, Sendable {
    case spread, belief, price, cost
}
