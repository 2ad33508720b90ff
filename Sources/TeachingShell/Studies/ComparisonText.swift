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
        lines += table + [Line("")] + conclusions
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
        var lines = [Line(Format.pad("metric", 32) + Format.pad("μ = \(Format.number(a.mu))", 14) + "μ = \(Format.number(b.mu))", .heading)]
        for (name, value) in rows {
            lines.append(Line(Format.pad(name, 32) + Format.pad(value(a), 14) + value(b)))
        }
        return lines
    }

    /// What the numbers say, in words, read off the numbers (never assumed).
    private var conclusions: [Line] {
        let (a, b) = (markets[0], markets[1])
        let ratio = a.averageSpread / b.averageSpread
        var lines = [Line("What it shows", .heading)]
        let opening = "the opening spread μ·ΔV is \(Format.price(a.openingSpread)) against \(Format.price(b.openingSpread)) (\(Format.probability(a.openingSpread / b.openingSpread))× wider)"
        if ratio >= 1 {
            lines.append(Line("Spreads: with more informed trading \(opening), and over the \(setup.trades) arrivals the average spread is \(Format.probability(ratio))× wider: adverse selection costs more."))
        } else {
            lines.append(Line("Spreads: with more informed trading \(opening); at any given belief it stays wider. Averaged over \(setup.trades) arrivals it is \(Format.probability(ratio))× the other only because that market learned the value sooner, and a market maker who knows the value needs no spread."))
        }
        let faster = a.distance < b.distance
        lines.append(Line("Price discovery: after \(setup.trades) arrivals the mid is \(Format.price(a.distance)) from the true value with μ = \(Format.number(a.mu)) and \(Format.price(b.distance)) with μ = \(Format.number(b.mu)): \(faster ? "more informed trading finds the value faster, because each order carries more information" : "in this draw the low-information market ended closer; try other seeds — on average more informed trading finds the value faster")."))
        let dearer = a.uninformedCost > b.uninformedCost ? a : b
        lines.append(Line("Cost to uninformed traders, against the true value: \(Format.price(a.uninformedCost)) with μ = \(Format.number(a.mu)) and \(Format.price(b.uninformedCost)) with μ = \(Format.number(b.mu)). \(dearer.mu == a.mu ? "Wider spreads cost them more here" : "Here they lose more where prices stay wrong longer: each noise trade at a price far from the value is a loss, whatever the spread")."))
        lines.append(Line("The seed document's text says the opposite of its own output; its code quoted from the true value, which a market maker cannot know, with ad-hoc likelihoods 0.8/0.2. Here both markets quote exact conditional expectations.", .dim))
        return lines
    }
}
