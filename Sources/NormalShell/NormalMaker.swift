import MarketCore
import NormalValue
import ShellKit

/// The normal-value model in the maker game: the market maker's posterior of v ~ N(m, σ²),
/// nature's v, and Bayes' rule at the quotes that were posted. Informed traders know v and buy
/// when v is above the best ask, sell when it is below the best bid.
struct NormalMaker: MakerMarket {
    /// The market as the game plays it: the model's m, σ, μ and ε, with no cost.
    let parameters: NormalParameters
    private(set) var posterior: NormalPosterior
    let trueValue: Double
    /// How uninformed traders answer the price, as set (C = E[v] is read at each quote).
    let demand: Participation

    /// nature's v drawn from N(m, σ²).
    init(_ parameters: NormalParameters, participation: Participation, using rng: inout Xoshiro256) {
        var p = parameters
        p.cost = 0
        p.elastic = .off
        self.parameters = p
        posterior = NormalPosterior(mean: p.mean, sigma: p.sigma)
        trueValue = NormalTruth.drawn.resolve(p, using: &rng)
        demand = participation
    }

    var expectedValue: Double { posterior.mean }
    private var participation: Participation { demand.at(expectedValue) }

    /// The uninformed buy and sell rates at these quotes, ε_b·f(ask) and ε_s·g(bid).
    private func rates(at quote: TwoSided) -> (buy: Double, sell: Double) {
        let e = expectedValue
        return (
            quote.ask.map { parameters.epsBuy * participation.share($0 - e) } ?? 0,
            quote.bid.map { parameters.epsSell * participation.share(e - $0) } ?? 0
        )
    }

    var competitiveQuote: TwoSided {
        let q = NormalQuote(posterior: posterior, parameters: parameters)
        return TwoSided(bid: q.bid.price, ask: q.ask.price)
    }

    /// Each side maximises μ·P(v > a)·(a − E[v | v > a]) + (1−μ)·ε_b·f(a)·(a − E[v]) for the ask
    /// (the bid symmetric).
    var monopolyQuote: TwoSided {
        let e = expectedValue
        let mu = parameters.mu
        let reach = min(participation.reach, 12 * posterior.standardDeviation + 1)
        func askProfit(_ a: Double) -> Double {
            let above = posterior.probability(above: a)
            let informed = above > 0 ? above * (a - (posterior.mean(above: a) ?? a)) : 0
            return mu * informed + (1 - mu) * parameters.epsBuy * participation.share(a - e) * (a - e)
        }
        func bidProfit(_ b: Double) -> Double {
            let below = posterior.probability(below: b)
            let informed = below > 0 ? below * ((posterior.mean(below: b) ?? b) - b) : 0
            return mu * informed + (1 - mu) * parameters.epsSell * participation.share(e - b) * (e - b)
        }
        return TwoSided(
            bid: bestSmoothPrice(in: (e - reach)...e, breaks: [e - reach], profit: bidProfit),
            ask: bestSmoothPrice(in: e...(e + reach), breaks: [e + reach], profit: askProfit))
    }

    /// m ± (20σ + 2) of the prior: v lies beyond m ± 20σ with probability below 10⁻⁸⁸, and the
    /// monopolist's search reaches at most 12 standard deviations + 1 beyond E[v].
    var quoteRange: ClosedRange<Double> {
        let reach = 20 * parameters.sigma + 2
        return (parameters.mean - reach)...(parameters.mean + reach)
    }

    func refusal(of quote: TwoSided) -> String? {
        if let crossing = quote.crossing { return crossing }
        return nil
    }

    func breakEven(at quote: TwoSided) -> TwoSided {
        let r = rates(at: quote)
        func posteriorMean(_ order: Order) -> Double? {
            var after = posterior
            guard
                after.condition(
                    on: order, ask: quote.ask, bid: quote.bid, mu: parameters.mu, buyRate: r.buy, sellRate: r.sell)
                    != nil
            else { return nil }
            return after.mean
        }
        return TwoSided(
            bid: quote.bid == nil ? nil : posteriorMean(.sell), ask: quote.ask == nil ? nil : posteriorMean(.buy))
    }

    func arrival(using rng: inout Xoshiro256) -> MakerArrival {
        let p = parameters
        return .draw(mu: p.mu, epsBuy: p.epsBuy, epsSell: p.epsSell, informedExist: true, using: &rng)
    }

    func order(of arrival: MakerArrival, at quote: TwoSided) -> Order {
        guard arrival.informed else {
            return arrival.uninformedOrder(at: quote, expectedValue: expectedValue, participation: participation)
        }
        if let ask = quote.ask, trueValue > ask { return .buy }
        if let bid = quote.bid, trueValue < bid { return .sell }
        return .none
    }

    mutating func observe(_ order: Order, at quote: TwoSided) {
        let r = rates(at: quote)
        _ = posterior.condition(
            on: order, ask: quote.ask, bid: quote.bid, mu: parameters.mu, buyRate: r.buy, sellRate: r.sell)
    }

    func rules(_ rule: MakerRule) -> [String] {
        let p = parameters
        return [
            "v ~ N(\(Format.value(p.mean)), \(Format.value(p.sigma))²); nature drew v and hides it until the end",
            "each round a trader arrives: informed with μ = \(Format.value(p.mu)) (buys when v is above the best ask, sells when it is below the best bid), otherwise uninformed (wants to buy with ε_b = \(Format.value(p.epsBuy)), sell with ε_s = \(Format.value(p.epsSell)))",
            demand.words,
            rule.rule,
        ]
    }
}

extension NormalSession {
    /// `compete` plays the model's traders, who trade at any price; `monopoly` needs uninformed
    /// traders who respond to price (`set elastic`).
    package func makerMarket(_ rule: MakerRule, using rng: inout Xoshiro256) throws(ShellError) -> any MakerMarket {
        let p = market.parameters
        let participation: Participation
        switch (rule, p.elastic) {
        case (.compete, _): participation = .inelastic
        case (.monopoly, .constant(let c)): participation = .elastic(c)
        case (.monopoly, .value): participation = .elasticAtValue
        case (.monopoly, .off): throw .makerNeedsPriceResponse(how: "set elastic C (or value) first")
        }
        return NormalMaker(p, participation: participation, using: &rng)
    }
}
