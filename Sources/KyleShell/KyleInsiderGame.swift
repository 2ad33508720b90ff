import KyleModel
import MarketCore
import ShellKit

/// `insider [SEED]`: you are Kyle's insider. You know v and choose your order each auction; the
/// noise traders' orders are drawn once for the day, and the market maker prices the net flow
/// with the equilibrium λ_n, as if you were the equilibrium insider. Beside you, in a market of
/// its own, the equilibrium insider (x_n = β_n·(v − p_{n−1})·Δt) meets the same noise.
struct KyleInsiderGame: ShellGame {
    /// One auction of the game: your order and price, and the equilibrium insider's.
    struct Round: Sendable {
        let n: Int
        let order, noise, priceBefore, price, profit: Double
        let equilibriumOrder, equilibriumPrice, equilibriumProfit: Double
        let lambda: Double
    }

    let seed: UInt64
    let value: Double
    private let noise: [Double]
    private(set) var yours: KyleMarket
    private(set) var equilibrium: KyleMarket
    private(set) var rounds: [Round] = []

    /// A day under `parameters`: v from `truth` (a draw from N(p₀, Σ₀) first, when drawn), then the
    /// noise of every auction, all from the generator seeded with `seed`.
    init(_ parameters: KyleParameters, truth: KyleTruth, seed: UInt64) {
        self.seed = seed
        var rng = Xoshiro256(seed: seed)
        value = truth.resolve(parameters, using: &rng)
        let sd = parameters.noiseVariancePerAuction.squareRoot()
        noise = (0..<parameters.auctions).map { _ in sd * rng.nextStandardNormal() }
        yours = KyleMarket(parameters: parameters)
        equilibrium = yours
    }

    var auctions: Int { noise.count }
    var isOver: Bool { rounds.count == auctions }
    var position: String { "insider \(rounds.count + 1)/\(auctions)" }
    var moveHint: String { "your order" }
    var profit: Double { rounds.reduce(0) { $0 + $1.profit } }
    var equilibriumProfit: Double { rounds.reduce(0) { $0 + $1.equilibriumProfit } }

    /// The largest order taken, in lots: 20·σ_u (an order that moves the one-shot price by 10·σ_v),
    /// scaled up by |v − p₀|/σ_v when v lies further than σ_v from p₀, so the equilibrium
    /// insider's orders always lie well inside it.
    var largestOrder: Double {
        let p = yours.parameters
        return 20 * p.noiseSD * max(1, abs(value - p.mean) / p.sigma)
    }

    var expects: String {
        "one order, in lots from −\(Format.value(largestOrder)) to \(Format.value(largestOrder)) (negative sells; \(GameText.arithmetic))"
    }

    /// λ of the coming auction, for the prompt; nil once the day is over.
    var nextLambda: Double? { yours.nextAuction?.lambda }

    mutating func move(_ words: [String], display: Display) -> GameMove? {
        let named = words.first?.lowercased() == "order"
        let typed = named ? Array(words.dropFirst()) : words
        guard !typed.isEmpty, named || typed.allSatisfy(Arithmetic.looksNumeric) else { return nil }
        let text = words.joined(separator: " ")
        guard typed.count == 1, let x = Arithmetic.value(typed[0]) else {
            return GameMove(lines: [], refused: .makerQuote(GameText.refusal(text, expects: expects)))
        }
        guard abs(x) <= largestOrder else {
            return GameMove(lines: [], refused: .makerQuote(GameText.outOfRange(text, expects: expects)))
        }
        guard let plan = yours.nextAuction, let planned = equilibrium.nextAuction else { return nil }
        let n = rounds.count
        let u = noise[n]
        let dt = yours.parameters.interval
        let xe = planned.beta * (value - equilibrium.price) * dt
        let before = yours.price
        do throws(KyleMarketError) {
            let mine = try yours.clear(flow: x + u, split: FlowSplit(insider: x, noise: u), trueValue: value)
            let its = try equilibrium.clear(flow: xe + u, split: FlowSplit(insider: xe, noise: u), trueValue: value)
            let round = Round(
                n: n + 1, order: x, noise: u, priceBefore: before, price: mine.price,
                profit: x * (value - mine.price), equilibriumOrder: xe, equilibriumPrice: its.price,
                equilibriumProfit: xe * (value - its.price), lambda: plan.lambda)
            rounds.append(round)
            var lines = KyleGameText.round(round, game: self)
            if isOver { lines += KyleGameText.summary(self) }
            return GameMove(lines: lines, results: .model(ModelResults(KyleGameResult(round, game: self))))
        } catch {
            return GameMove(lines: [], refused: .refused(KyleRefusal.market(error)))
        }
    }

    var standing: [Line] {
        [
            Line("insider, seed \(seed): \(rounds.count) of \(auctions) auctions played; you know v = \(Format.value(value))"),
            KyleGameText.prompt(self),
        ]
    }

    var quote: [Line] { KyleGameText.quote(self) }

    func history(display: Display) -> [Line] {
        guard !rounds.isEmpty else { return [Line("no auction is played yet: \(KyleGameText.prompt(self).plain)", .dim)] }
        return KyleGameText.table(self)
    }

    /// Homework's score: your profit as a share of the equilibrium insider's on the same noise
    /// (0 when you lost, at most 100%; when the equilibrium's is not above 0, 100% for doing as
    /// well, 0 otherwise), times the share of the day's auctions played.
    var grade: GameGrade {
        let (mine, its) = (profit, equilibriumProfit)
        let share = its > 0 ? min(1, max(0, mine / its)) : (mine >= its ? 1 : 0)
        var reference: [Double?] = []
        if let planned = equilibrium.nextAuction {
            reference = [planned.beta * (value - equilibrium.price) * yours.parameters.interval]
        }
        return GameGrade(
            seed: seed, length: auctions, moves: rounds.map { [$0.order] }, reference: reference,
            score: rounds.isEmpty ? 0 : share * Double(rounds.count) / Double(auctions))
    }

    func leaving(display: Display) -> [Line] {
        guard !rounds.isEmpty else {
            return [Line("left the insider game before its first auction; v was \(Format.value(value))", .hidden)]
        }
        return KyleGameText.summary(self)
    }
}

/// One auction of the insider game for `--json`.
struct KyleGameResult: Encodable, Sendable {
    let kind = "insider_auction"
    let n: Int
    let order, noise, price, profit: Double
    let equilibriumOrder, equilibriumPrice, equilibriumProfit: Double
    /// Present once the day is over.
    let value: Double?

    init(_ r: KyleInsiderGame.Round, game: KyleInsiderGame) {
        n = r.n
        order = r.order
        noise = r.noise
        price = r.price
        profit = r.profit
        equilibriumOrder = r.equilibriumOrder
        equilibriumPrice = r.equilibriumPrice
        equilibriumProfit = r.equilibriumProfit
        value = game.isOver ? game.value : nil
    }

    enum CodingKeys: String, CodingKey {
        case kind, n, order, noise, price, profit
        case equilibriumOrder = "eq_order"
        case equilibriumPrice = "eq_price"
        case equilibriumProfit = "eq_profit"
        case value
    }
}
