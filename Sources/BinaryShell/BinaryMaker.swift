import MarketCore
import MarketModel
import ShellKit

/// The binary model in the maker game: the market maker's belief over no event / bad / good,
/// nature's state, and Bayes' rule with the likelihoods at the quotes that were posted.
struct BinaryMaker: MakerMarket {
    /// The market as the game plays it: the model's values, prior, α, μ and ε, with no cost.
    let parameters: Parameters
    private(set) var belief: Belief
    let truth: Truth
    /// How uninformed traders answer the price, as set (C = E[V] is read at each quote).
    let demand: Participation

    /// Nature's state drawn from the prior (an event with α, then good news with θ).
    init(_ parameters: Parameters, participation: Participation, using rng: inout Xoshiro256) {
        var p = parameters
        p.cost = 0
        p.tolerance = .infinity
        p.elastic = .off
        self.parameters = p
        belief = Belief(opening: p)
        demand = participation
        let event = rng.nextUnit() < p.alpha
        let good = rng.nextUnit() < p.prior
        truth = event ? (good ? .high : .low) : .none
    }

    var trueValue: Double { parameters.values[truth.state] }
    /// The participation rule at the current belief.
    var participation: Participation { demand.at(expectedValue) }
    var expectedValue: Double { belief.expectedValue(of: parameters.values) }

    /// P(order | state) with these quotes posted: informed traders (in the event states, with μ)
    /// buy after good news when the ask is below V_H and sell after bad news when the bid is above
    /// V_L; uninformed ones want to buy with ε_b, sell with ε_s, and trade with the participation
    /// share at that price.
    func likelihood(of order: Order, at quote: TwoSided) -> StateVector {
        let p = parameters
        let e = expectedValue
        let buyShare = quote.ask.map { participation.share($0 - e) } ?? 0
        let sellShare = quote.bid.map { participation.share(e - $0) } ?? 0
        let informedBuy = quote.ask.map { $0 < p.high } ?? false
        let informedSell = quote.bid.map { $0 > p.low } ?? false
        func row(_ state: MarketState) -> Double {
            let mu = state == .noEvent ? 0 : p.mu
            let buy = (state == .good && informedBuy ? mu : 0) + (1 - mu) * p.epsBuy * buyShare
            let sell = (state == .bad && informedSell ? mu : 0) + (1 - mu) * p.epsSell * sellShare
            switch order {
            case .buy: return buy
            case .sell: return sell
            case .none: return max(0, 1 - buy - sell)
            }
        }
        return StateVector(noEvent: row(.noEvent), bad: row(.bad), good: row(.good))
    }

    var competitiveQuote: TwoSided {
        let q = Quote(belief: belief, parameters: parameters)
        return TwoSided(bid: q.bid.openPrice, ask: q.ask.openPrice)
    }

    var monopolyQuote: TwoSided {
        let p = parameters
        let e = expectedValue
        let pi = belief.probability
        let values = p.values
        let reach = min(participation.reach, 10 * (p.high - p.low))
        func askProfit(_ a: Double) -> Double {
            var total = 0.0
            for s in MarketState.allCases {
                let mu = s == .noEvent ? 0 : p.mu
                let informed = s == .good && a < p.high ? mu * (a - p.high) : 0
                total += pi[s] * (informed + (1 - mu) * p.epsBuy * participation.share(a - e) * (a - values[s]))
            }
            return total
        }
        func bidProfit(_ b: Double) -> Double {
            var total = 0.0
            for s in MarketState.allCases {
                let mu = s == .noEvent ? 0 : p.mu
                let informed = s == .bad && b > p.low ? mu * (p.low - b) : 0
                total += pi[s] * (informed + (1 - mu) * p.epsSell * participation.share(e - b) * (values[s] - b))
            }
            return total
        }
        // The profit's form changes where informed traders stop trading (V_H, V_L), where every
        // uninformed trader trades (E[V]) and where none does (E[V] ± C or τ).
        let ask = bestPrice(in: p.low...max(p.high, e + reach), breaks: [p.high, e, e + reach], profit: askProfit)
        let bid = bestPrice(in: min(p.low, e - reach)...p.high, breaks: [p.low, e, e - reach], profit: bidProfit)
        return TwoSided(bid: bid, ask: ask)
    }

    /// V_L − 10·ΔV to V_H + 10·ΔV: the monopolist's search reaches at most 10·ΔV beyond E[V].
    var quoteRange: ClosedRange<Double> {
        let width = parameters.high - parameters.low
        return (parameters.low - 10 * width)...(parameters.high + 10 * width)
    }

    func refusal(of quote: TwoSided) -> String? {
        let p = parameters
        if let crossing = quote.crossing { return crossing }
        if let ask = quote.ask, ask < p.low {
            return "an ask below low (\(Format.value(p.low))) sells below every possible value: quote an ask of at least \(Format.value(p.low))"
        }
        if let bid = quote.bid, bid > p.high {
            return "a bid above high (\(Format.value(p.high))) buys above every possible value: quote a bid of at most \(Format.value(p.high))"
        }
        return nil
    }

    func breakEven(at quote: TwoSided) -> TwoSided {
        func posteriorMean(_ order: Order) -> Double? {
            belief.conditioned(on: likelihood(of: order, at: quote)).map { $0.posterior.expectedValue(of: parameters.values) }
        }
        return TwoSided(
            bid: quote.bid == nil ? nil : posteriorMean(.sell), ask: quote.ask == nil ? nil : posteriorMean(.buy))
    }

    func arrival(using rng: inout Xoshiro256) -> MakerArrival {
        let p = parameters
        return .draw(mu: p.mu, epsBuy: p.epsBuy, epsSell: p.epsSell, informedExist: truth != .none, using: &rng)
    }

    func order(of arrival: MakerArrival, at quote: TwoSided) -> Order {
        guard arrival.informed else {
            return arrival.uninformedOrder(at: quote, expectedValue: expectedValue, participation: participation)
        }
        switch truth {
        case .high: return (quote.ask.map { $0 < parameters.high } ?? false) ? .buy : .none
        case .low: return (quote.bid.map { $0 > parameters.low } ?? false) ? .sell : .none
        case .none: return .none
        }
    }

    mutating func observe(_ order: Order, at quote: TwoSided) {
        if let (posterior, _) = belief.conditioned(on: likelihood(of: order, at: quote)) { belief = posterior }
    }

    func rules(_ rule: MakerRule) -> [String] {
        let p = parameters
        return [
            "V is \(Format.value(p.low)) or \(Format.value(p.high)); nature drew it from the prior (θ = \(Format.value(p.prior))\(p.alpha < 1 ? ", an event with α = \(Format.value(p.alpha))" : "")) and hides it until the end",
            "each round a trader arrives: informed with μ = \(Format.value(p.mu)) (buys when the best ask is below V_H, sells when the best bid is above V_L), otherwise uninformed (wants to buy with ε_b = \(Format.value(p.epsBuy)), sell with ε_s = \(Format.value(p.epsSell)))",
            demand.words,
            rule.rule,
        ]
    }
}
