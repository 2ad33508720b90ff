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
    package func price(for order: Order) -> Double? {
        switch order {
        case .buy: ask
        case .sell: bid
        case .none: nil
        }
    }
}

/// One round's arrival, drawn once and met by every market of the round (in `monopoly` the
/// learner's market and the computer's meet the same trader).
package struct MakerArrival: Equatable, Sendable {
    /// Whether the trader knows the value.
    package let informed: Bool
    /// What an uninformed trader wants (informed ones decide from the value and the quotes).
    package let wanted: Order
    /// An uninformed trader's reservation premium as a share of the most any would pay (uniform
    /// on [0, 1]): under elastic demand, she trades when the price is within that share of C.
    package let premium: Double

    /// Nature's trader for a round: informed with μ (when anyone is), otherwise uninformed and
    /// wanting to buy with ε_b, sell with ε_s (never staying out when the typed shares add up to
    /// 1: `UninformedShares`). Three draws every round, whoever comes, so a
    /// round's draws do not depend on the quotes.
    package static func draw(
        mu: Double, epsBuy: Double, epsSell: Double, informedExist: Bool, using rng: inout Xoshiro256
    ) -> MakerArrival {
        let (u1, u2, u3) = (rng.nextUnit(), rng.nextUnit(), rng.nextUnit())
        let informed = informedExist && u1 < mu
        let wanted = UninformedShares.choice(u2, buy: epsBuy, sell: epsSell)
        return MakerArrival(informed: informed, wanted: informed ? .none : wanted, premium: u3)
    }

    /// What an uninformed trader does at these quotes, with E[V] = `expectedValue`: the side she
    /// wants, if it is quoted and her premium covers its distance from E[V].
    package func uninformedOrder(at quote: TwoSided, expectedValue e: Double, participation: Participation) -> Order {
        switch wanted {
        case .buy:
            guard let ask = quote.ask, participation.trades(ask - e, premium: premium) else { return .none }
            return .buy
        case .sell:
            guard let bid = quote.bid, participation.trades(e - bid, premium: premium) else { return .none }
            return .sell
        case .none:
            return .none
        }
    }
}

extension TwoSided {
    /// The line that refuses a crossed quote (bid at or above the ask), or nil.
    package var crossing: String? {
        guard let bid, let ask, bid >= ask else { return nil }
        return "a bid of \(Format.value(bid)) at or above the ask \(Format.value(ask)) is crossed: quote a bid below the ask"
    }
}

extension MakerRule {
    /// The game's rule in a line, for its opening.
    package var rule: String {
        switch self {
        case .compete:
            "you compete with the Bayesian market maker (zero-profit quotes E[V | order]): each order goes to the better price, a tie is shared"
        case .monopoly:
            "you are alone; the computer quotes the same traders in a market of its own, at the prices that maximise each round's expected profit given its belief (myopic)"
        }
    }
}

/// What a market model gives the maker game: its market maker's quotes, nature's traders, and
/// Bayes' rule on an order at whatever quotes were posted. Each model builds one in its folder.
package protocol MakerMarket: Sendable {
    /// nature's value, revealed at the end.
    var trueValue: Double { get }
    /// The public E[V] before this round.
    var expectedValue: Double { get }
    /// The zero-profit quotes of the model's market maker (the computer under `compete`).
    var competitiveQuote: TwoSided { get }
    /// The myopic monopolist's quotes: each side at the price that maximises this round's expected
    /// profit under the current belief, or withdrawn when none earns anything (`monopoly`).
    var monopolyQuote: TwoSided { get }
    /// The prices a quote may take: a wide band around the values the model can have (the
    /// computer's own quotes stay well inside it), so a typo such as 1000000 is refused.
    var quoteRange: ClosedRange<Double> { get }
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

extension MakerMarket {
    /// The computer's quotes: zero-profit (`compete`) or the monopolist's best (`monopoly`).
    package func computerQuote(_ rule: MakerRule) -> TwoSided {
        switch rule {
        case .compete: competitiveQuote
        case .monopoly: monopolyQuote
        }
    }
}
