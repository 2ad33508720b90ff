/// What `set` can change besides a model's parameters: nature's truth, the generator's seed, and
/// how orders are shown. Each is a row like a parameter's, so `params`, `help` and completion
/// read one list (`settingRows`).
package enum ShellSetting: String, CaseIterable, Sendable {
    case truth, seed, detail

    package func row(_ model: ModelKind) -> ParameterRow {
        switch self {
        case .truth:
            ParameterRow(
                name: rawValue, symbol: "", meaning: model.truthMeaning,
                accepts: model.truthAccepts, restartsMarket: false, words: [:])
        case .seed:
            ParameterRow(
                name: rawValue, symbol: "", meaning: "the random generator's seed",
                accepts: "a whole number from 0 to 18446744073709551615", restartsMarket: false, words: [:])
        case .detail:
            ParameterRow(
                name: rawValue, symbol: "",
                meaning: model.descriptor.detailLines.meaning,
                accepts: "full or brief", restartsMarket: false, words: [:])
        }
    }
}

/// Every name `set` accepts in `model`, in the order `params` lists them: the model's parameters,
/// then the shell's settings.
package func settingRows(_ model: ModelKind) -> [ParameterRow] {
    model.parameters + ShellSetting.allCases.map { $0.row(model) }
}

/// The default seed of the generator.
public let defaultSeed: UInt64 = 42
