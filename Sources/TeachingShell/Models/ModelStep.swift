import MarketModel

/// The Bayes step of the order a command applied, under the model that applied it.
public enum ModelStep: Sendable {
    case binary(BayesStep)
}
