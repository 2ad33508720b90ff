import MarketModel

/// `compare` on screen: the document's four panels as charts, its metrics table, and the
/// conclusions the numbers support.
struct ComparisonText {
    let markets: [ComparedMarket]
    let setup: ComparisonSetup
    let seed: UInt64
    let width: Int
    let unicode: Bool

    var lines: [Line] {
        let (a, b) = (markets[0], markets[1])
        var lines = [Line("compare: μ = \(Format.number(a.mu)) against μ = \(Format.number(b.mu)); values \(Format.value(setup.low)) / \(Format.value(setup.high)), true value \(Format.value(a.trueValue)), \(setup.trades) arrivals, seed \(seed)", .heading), Line("")]
        for kind in SeriesKind.allCases {
            var chart = Chart(title: kind.title, unit: kind.unit, series: [
                Chart.Series(name: "μ = \(Format.number(a.mu))", values: kind.values(a.rows), tone: .sell, mark: "*"),
                Chart.Series(name: "μ = \(Format.number(b.mu))", values: kind.values(b.rows), tone: .buy, mark: "o"),
            ], reference: kind == .price ? ("true value \(Format.value(a.trueValue))", a.trueValue) : nil, bounds: kind.bounds)
            chart.firstT = 0
            lines += chart.lines(width: width, unicode: unicode) + [Line("")]
        }
        lines += table + [Line("")] + expectedTable + [Line("")] + conclusions
        return lines
    }

    private var table: [Line] {
        let (a, b) = (markets[0], markets[1])
        let rows: [(String, (ComparedMarket) -> String)] = [
            ("initial spread", { Format.price($0.openingSpread) }),
            ("final spread", { Format.price($0.finalSpread) }),
            ("average spread", { Format.price($0.averageSpread) }),
            ("maximum spread", { Format.price($0.maximumSpread) }),
            ("initial P(V = high)", { Format.probability($0.openingBelief) }),
            ("final P(V = high)", { Format.probability($0.finalBelief) }),
            ("final |mid − true value|", { Format.price($0.distance) }),
            ("mid within 1% of value from t", { $0.settles(within: 0.01 * $0.trueValue).map(String.init) ?? "never" }),
            ("cost to uninformed traders", { Format.price($0.uninformedCost) }),
        ]
        var lines = [Line("This path (seed \(seed)): one draw of nature, the one the panels show", .heading),
                     Line(Format.pad("metric", 32) + Format.pad("μ = \(Format.number(a.mu))", 14) + "μ = \(Format.number(b.mu))", .heading)]
        for (name, value) in rows {
            lines.append(Line(Format.pad(name, 32) + Format.pad(value(a), 14) + value(b)))
        }
        return lines
    }

    /// The same metrics in expectation over all of nature's draws (exact sums over the binomial walk).
    private var expectedTable: [Line] {
        let (a, b) = (markets[0], markets[1])
        guard let ea = a.expected, let eb = b.expected else {
            return [Line("Expected over all of nature's draws: not computed (the exact walk would take more than \(ExpectedPath.workLimit) steps; try fewer trades)", .dim)]
        }
        let n = setup.trades
        let rows: [(String, (ExpectedPath) -> String)] = [
            ("average spread", { Format.price($0.averageSpread) }),
            ("final spread", { Format.price($0.spread[n]) }),
            ("final P(V = high)", { Format.probability($0.belief[n]) }),
            ("final |mid − true value|", { Format.price($0.distance[n]) }),
            ("P(mid within 1% at t = \(n))", { Format.probability($0.withinBand[n]) }),
            ("cost to uninformed traders", { Format.price($0.cost[n]) }),
        ]
        var lines = [Line("Expected over all of nature's draws (exact: a binomial walk in buys − sells)", .heading),
                     Line(Format.pad("metric", 32) + Format.pad("μ = \(Format.number(a.mu))", 14) + "μ = \(Format.number(b.mu))", .heading)]
        for (name, value) in rows {
            lines.append(Line(Format.pad(name, 32) + Format.pad(value(ea), 14) + value(eb)))
        }
        return lines
    }

    /// What the numbers say, in words: the conclusions from the expectations, the seeded path as one
    /// draw beside them, and the seed document's claims checked against the expectations.
    private var conclusions: [Line] {
        let (a, b) = (markets[0], markets[1])
        let ma = "μ = \(Format.number(a.mu))", mb = "μ = \(Format.number(b.mu))"
        let path = "On this path (seed \(seed))"
        var lines = [Line("What it shows", .heading)]
        let opening = "the opening spread μ·ΔV is \(Format.price(a.openingSpread)) with \(ma) against \(Format.price(b.openingSpread)) with \(mb)"
        guard let ea = a.expected, let eb = b.expected else {
            lines.append(Line("Spreads: \(opening). Only one path was played, so no conclusion is drawn from its averages; \(path) the average spreads were \(Format.price(a.averageSpread)) and \(Format.price(b.averageSpread)), and the mid ended \(Format.price(a.distance)) and \(Format.price(b.distance)) from the value."))
            return lines
        }
        let n = setup.trades
        let ratio = ea.averageSpread / eb.averageSpread
        let wider = ratio >= 1
            ? "\(Format.fixed(ratio, places: 2))× wider with more informed trading: adverse selection costs more"
            : "so with more informed trading the spread is narrower on average (\(Format.fixed(ratio, places: 2))×): at any one belief it is wider, but that market learns the value sooner, and a market maker who knows the value needs no spread"
        let claim = (4...5).contains(ratio) ? "holds here" : "does not hold here (the opening ratio is \(Format.fixed(a.openingSpread / b.openingSpread, places: 2))×; the average over \(n) arrivals is \(Format.fixed(ratio, places: 2))×)"
        lines.append(Line("Spreads: \(opening). In expectation the average spread over the \(n) arrivals is \(Format.price(ea.averageSpread)) against \(Format.price(eb.averageSpread)), \(wider). The document's \"4–5× wider\" \(claim). \(path) the averages were \(Format.price(a.averageSpread)) and \(Format.price(b.averageSpread)) (\(Format.fixed(a.averageSpread / b.averageSpread, places: 2))×)."))
        let faster = ea.distance[n] < eb.distance[n]
        let discovery = faster
            ? "more informed trading finds the value faster, because each order carries more information"
            : "here the low-information market ends closer in expectation"
        lines.append(Line("Price discovery: in expectation the mid ends \(Format.price(ea.distance[n])) from the true value with \(ma) and \(Format.price(eb.distance[n])) with \(mb), within 1% of it with probability \(Format.probability(ea.withinBand[n])) against \(Format.probability(eb.withinBand[n])): \(discovery). \(path) it ended \(Format.price(a.distance)) and \(Format.price(b.distance)) away."))
        let dearer = ea.cost[n] > eb.cost[n]
        let inRange = (8...12).contains(ea.cost[n]) && (1...2).contains(eb.cost[n])
        let documentCost = inRange ? "matches these expectations"
            : (dearer ? "is not what the model gives" : "is not what the model gives: it has them the wrong way round")
        lines.append(Line("Cost to uninformed traders, against the true value: in expectation \(Format.price(ea.cost[n])) with \(ma) and \(Format.price(eb.cost[n])) with \(mb). An uninformed arrival buys or sells with even chances, so whatever the price its expected cost is (1 − μ) × half the spread: the cost follows the spread and is \(dearer ? "higher" : "lower") with more informed trading. The document's \"$8–12 against $1–2\" \(documentCost). \(path) they paid \(Format.price(a.uninformedCost)) and \(Format.price(b.uninformedCost)): one path's cost also depends on which way the noise traders happened to trade while prices were wrong (a buy below the value gains them the difference, a sell below it loses it)."))
        lines.append(Line("The seed document's text says the opposite of its own output; its code quoted from the true value, which a market maker cannot know, with ad-hoc likelihoods 0.8/0.2. Here both markets quote exact conditional expectations.", .dim))
        return lines
    }
}
