import MarketCore

/// The two games: competing with the model's market maker for each order, or quoting alone to
/// uninformed traders who respond to price.
public enum MakerRule: String, CaseIterable, Sendable {
    case compete, monopoly
}

/// Two quotes, either side possibly absent (`-` when the learner withdraws a side).
public struct TwoSided: Equatable, Sendable {
    public var bid: Double?
    public var ask: Double?

    public init(bid: Double?, ask: Double?) {
        self.bid = bid
        self.ask = ask
    }

    /// The price an order of this side meets: the ask for a buy, the bid for a sell.
    func price(for order: Order) -> Double? {
        switch order {
        case .buy: ask
        case .sell: bid
        case .none: nil
        }
    }
}

/// One round's arrival, drawn once and met by every market of the round (in `monopoly` the
/// learner's market and the computer's meet the same trader).
struct MakerArrival: Equatable, Sendable {
    /// Whether the trader knows the value.
    let informed: Bool
    /// What an uninformed trader wants (informed ones decide from the value and the quotes).
    let wanted: Order
    /// An uninformed trader's reservation premium as a share of the most any would pay (uniform
    /// on [0, 1]): under elastic demand, she trades when the price is within that share of C.
    let premium: Double
}

/// What a market model gives the maker game: its market maker's quotes, nature's traders, and
/// Bayes' rule on an order at whatever quotes were posted. Each model builds one in its folder.
protocol MakerMarket: Sendable {
    /// nature's value, revealed at the end.
    var trueValue: Double { get }
    /// The public E[V] before this round.
    var expectedValue: Double { get }
    /// The computer's quotes: zero-profit (`compete`) or the monopolist's best (`monopoly`).
    func computerQuote(_ rule: MakerRule) -> TwoSided
    /// Why the learner's quotes cannot be played, in one line, or nil.
    func refusal(of quote: TwoSided) -> String?
    /// E[V | a buy], E[V | a sell] with these quotes posted: the break-even prices.
    func breakEven(at quote: TwoSided) -> TwoSided
    /// Nature's next trader, drawn from `rng`.
    func arrival(using rng: inout Xoshiro256) -> MakerArrival
    /// What the trader does at these quotes.
    func order(of arrival: MakerArrival, at quote: TwoSided) -> Order
    /// Bayes' rule on the public order at the quotes that were posted.
    mutating func observe(_ order: Order, at quote: TwoSided)
    /// The lines that state the game's economics under this model, for the start and `help maker`.
    func rules(_ rule: MakerRule) -> [String]
}
