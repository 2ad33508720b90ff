/// What two posted prices give together: the spread and the mid exist only while both sides do.
public enum TwoSidedPrices {
    /// ask − bid, when both exist.
    @inlinable
    public static func spread(bid: Double?, ask: Double?) -> Double? {
        guard let a = ask, let b = bid else { return nil }
        return a - b
    }

    /// (bid + ask) / 2, when both exist.
    @inlinable
    public static func mid(bid: Double?, ask: Double?) -> Double? {
        guard let a = ask, let b = bid else { return nil }
        return (a + b) / 2
    }
}
