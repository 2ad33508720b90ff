import MarketModel
import ShellKit

/// How each state is named on screen: by its value, so the class reads "V = 104", not "G".
struct StateLabels {
    let parameters: Parameters

    /// The states worth a row: the no-event state only when α < 1.
    var shown: [MarketState] {
        parameters.alpha < 1 ? [.good, .bad, .noEvent] : [.good, .bad]
    }

    func label(_ state: MarketState) -> String {
        let v = Format.value(parameters.values[state])
        switch state {
        case .good: return "V = \(v) (good news)"
        case .bad: return "V = \(v) (bad news)"
        case .noEvent: return "V* = \(v) (no event)"
        }
    }

    /// Labels padded to one width so the arithmetic lines up.
    func padded(_ state: MarketState) -> String {
        let width = shown.map { label($0).count }.max() ?? 0
        let text = label(state)
        return text + String(repeating: " ", count: width - text.count)
    }

    var high: String { Format.value(parameters.high) }
    var low: String { Format.value(parameters.low) }
}
