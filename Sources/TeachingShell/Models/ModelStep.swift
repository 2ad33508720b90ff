import MarketModel
import NormalValue

/// The Bayes step of the order a command applied, under the model that applied it.
public enum ModelStep: Sendable {
    case binary(BayesStep)
    case normal(NormalBayesStep)

    /// P(this trader was informed | the order), with the beliefs before it.
    var pInformed: Double {
        switch self {
        case .binary(let step): step.pInformed
        case .normal(let step): step.pInformed
        }
    }
}
