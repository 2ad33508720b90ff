/// The teacher's market as a hosted class plays it: the model's name and the `set NAME VALUE`s
/// that gave its parameters, in the order she typed them (each was accepted in that order, from
/// the model's opening). The class opens the model afresh and applies them; nature's value is the
/// class's own (`set truth` does not carry over), and so is its seed.
public struct ClassMarket: Codable, Equatable, Sendable {
    public var model: String
    public var settings: [Setting]

    public struct Setting: Codable, Equatable, Sendable {
        public var name: String
        public var value: Double

        public init(name: String, value: Double) {
            self.name = name
            self.value = value
        }
    }

    public init(model: String, settings: [Setting] = []) {
        self.model = model
        self.settings = settings
    }

    /// Each parameter the teacher set, at its last value, in the order first set (`mu 0.4, low 90`).
    public var shownSettings: [Setting] {
        var shown: [Setting] = []
        for setting in settings {
            if let i = shown.firstIndex(where: { $0.name == setting.name }) {
                shown[i].value = setting.value
            } else {
                shown.append(setting)
            }
        }
        return shown
    }
}

extension ClassCommand {
    /// The command with the teacher's market filled in where it plays one (`open`, `start`).
    package func playing(_ market: ClassMarket) -> ClassCommand {
        switch self {
        case .open(_, let port, let bind): .open(market: market, port: port, bind: bind)
        case .start(let game, let rounds, let seed, _): .start(game: game, rounds: rounds, seed: seed, market: market)
        default: self
        }
    }
}

extension MarketSession {
    /// The market as a class plays it: the current model and every parameter `set` journaled since
    /// the last `model NAME` (orders, `reset` and `undo` leave the parameters as they are).
    package func classMarket(models: ModelCatalog) -> ClassMarket {
        let commands = journal.map { try? Parser.parse(Array($0.utf8), model: kind, models: models) }
        let opening = commands.lastIndex { if case .shell(.model(.some))?? = $0 { true } else { false } }
        var settings: [ClassMarket.Setting] = []
        for command in commands[(opening.map { $0 + 1 } ?? 0)...] {
            if case .market(.setParameter(let name, let value))?? = command {
                settings.append(ClassMarket.Setting(name: name, value: value))
            }
        }
        return ClassMarket(model: kind.rawValue, settings: settings)
    }
}
