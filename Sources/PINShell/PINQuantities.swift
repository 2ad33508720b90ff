import PINModel
import ShellKit

extension PINSession {
    /// A quantity a lesson can pin: the opening quotes, PIN, the last day's posterior, the last
    /// estimate's PIN and log-likelihood; nil where undefined or not in the model.
    package func value(of quantity: Quantity) -> Double? {
        let open = EKOPQuote.opening(parameters)
        let step = lastStep
        switch quantity {
        case .bid: return open?.bid
        case .ask: return open?.ask
        case .mid: return open.map { ($0.bid + $0.ask) / 2 }
        case .spread: return open?.spread
        case .expectedValue: return open?.mean
        case .t: return Double(count)
        case .pin: return parameters.pin
        case .pinHat: return estimate?.pin
        case .loglik: return estimate?.logLikelihood
        case .pEvent: return step?.eventPosterior ?? parameters.alpha
        case .pBad: return step?.row(.bad).posterior
        case .pGood: return step?.row(.good).posterior
        default: return nil
        }
    }

    /// `day=3 PIN 0.2105` for the prompt.
    package var clock: String { "day=\(count) PIN \(Format.fixed(parameters.pin, places: 4))" }

    /// The PIN market's fields of a `--json` record: days held, opening quotes, P(event | last day).
    package func fill(_ record: inout Record) {
        let open = EKOPQuote.opening(parameters)
        record.t = count
        (record.bid, record.ask, record.spread) = (open?.bid, open?.ask, open?.spread)
        record.mid = open.map { ($0.bid + $0.ask) / 2 }
        record.value = open?.mean ?? .nan
        if let pEvent = value(of: .pEvent) { record[PINField.pEvent] = pEvent }
        record[PINField.pinParameters] = parameters.pin
    }
}
