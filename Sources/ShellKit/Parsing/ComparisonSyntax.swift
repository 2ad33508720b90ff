import MarketCore

/// Reads `compare models`' customer orders: `buy buy sell` (or `b b s`). A model's own study
/// (`compare …`) is read by its descriptor's `study`, in its module.
enum ComparisonSyntax {
    /// `compare models`' orders when none are given: two buys, a sell, a buy.
    static let defaultOrders: [Order] = [.buy, .buy, .sell, .buy]
    /// The most orders `compare models` plays.
    static let maximumOrders = 1000

    /// `compare models buy buy sell` (or `b b s`): the customer orders every model meets.
    package static func orders(_ words: ArraySlice<String>) throws(ShellError) -> [Order] {
        guard !words.isEmpty else { return defaultOrders }
        guard words.count <= maximumOrders else {
            throw .badCount(verb: "compare models", text: String(words.count), accepted: 1...maximumOrders)
        }
        var orders: [Order] = []
        for word in words {
            switch word.lowercased() {
            case "buy", "b": orders.append(.buy)
            case "sell", "s": orders.append(.sell)
            default: throw .badChoice(verb: "compare models", text: word, choices: ["buy", "sell", "b", "s"])
            }
        }
        return orders
    }
}
