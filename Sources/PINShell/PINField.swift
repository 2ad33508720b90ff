import PINModel
import ShellKit

/// The pin model's own `--json` fields: P(event | last day) and the parameters' PIN; `estimate`'s
/// estimates, their standard errors, PIN, the log-likelihood.
/// Every key the model writes is a case here (`record[PINField.pEvent] = …`).
enum PINField: String, RecordField {
    case pEvent = "p_event"
    case pinParameters = "pin_parameters"
    case alpha
    case delta
    case mu
    case epsBuy = "eps_buy"
    case epsSell = "eps_sell"
    case seAlpha = "se_alpha"
    case seDelta = "se_delta"
    case seMu = "se_mu"
    case seEpsBuy = "se_eps_buy"
    case seEpsSell = "se_eps_sell"
    case pin
    case sePin = "se_pin"
    case loglik
    case days
    case startsReachedBest = "starts_reached_best"
}

extension PINField {
    /// A parameter's estimate and its standard error, as `estimate` writes them; nil for the
    /// values (low, high), which are set, not estimated.
    static func estimate(of name: PINParameterName) -> (value: PINField, error: PINField)? {
        switch name {
        case .alpha: (.alpha, .seAlpha)
        case .delta: (.delta, .seDelta)
        case .mu: (.mu, .seMu)
        case .epsBuy: (.epsBuy, .seEpsBuy)
        case .epsSell: (.epsSell, .seEpsSell)
        case .low, .high: nil
        }
    }
}
