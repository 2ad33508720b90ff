import MarketCore
import ModelRegistry
import ShellKit

/// Opening the market a class plays, and the console's line saying which it is.
extension ClassRoom {
    /// The market `market` names, opened and set as the teacher set it.
    static func open(_ market: ClassMarket) throws(ClassRefusal) -> any ModelMarket {
        guard let kind = glostenModels.named(market.model) else { throw .unknownModel(market.model) }
        return try open(kind, seed: 1, settings: market.settings.map { ($0.name, $0.value) })
    }

    /// `model` opened with `seed`, each setting applied in order; a refused one in the model's words.
    static func open(_ model: ModelKind, seed: UInt64, settings: [(name: String, value: Double)]) throws(ClassRefusal)
        -> any ModelMarket
    {
        var market = model.descriptor.open(seed)
        for (name, value) in settings {
            do {
                _ = try market.execute(.setParameter(name, value), context: Self.context)
            } catch {
                throw ClassRefusal(.badSetup, error.message)
            }
        }
        return market
    }

    /// The market of the games under `market`'s model (nature drawn from `rng`), or the model's
    /// refusal when it has no maker game.
    static func makerMarket(of market: any ModelMarket, using rng: inout Xoshiro256) throws(ClassRefusal) -> any MakerMarket {
        do {
            return try market.makerMarket(.compete, using: &rng)
        } catch {
            throw .notInModel(error.message)
        }
    }

    /// One line for the teacher: the model `class start` plays, the settings she made and the
    /// opening quotes (`the class plays the normal model (mu 0.5; the rest as the model opens):
    /// opening bid 98.84, ask 101.16`); or why it cannot play it.
    public static func describe(_ market: ClassMarket) -> String {
        do { return describe(try open(market), settings: market.shownSettings) } catch { return error.text }
    }

    /// The line for `opened`; `settings` nil: how it was set is not known here.
    static func describe(_ opened: any ModelMarket, settings: [ClassMarket.Setting]?) -> String {
        var probe = Xoshiro256(seed: 1)
        do { _ = try makerMarket(of: opened, using: &probe) } catch { return error.text }
        let set: String
        switch settings?.map({ "\($0.name) \(Format.value($0.value))" }) {
        case nil: set = ""
        case let shown? where shown.isEmpty: set = " at its opening parameters"
        case let shown?: set = " (\(shown.joined(separator: ", ")); the rest as the model opens)"
        }
        let bid = opened.isClosed(.bid) ? nil : opened.value(of: .bid)
        let ask = opened.isClosed(.ask) ? nil : opened.value(of: .ask)
        return "the class plays the \(opened.kind.rawValue) model\(set): opening bid \(Format.price(bid)), ask \(Format.price(ask))"
    }
}
