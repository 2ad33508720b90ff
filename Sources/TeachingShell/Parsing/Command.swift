import MarketModel

/// One parsed command line. Parsing happens once; running switches over this exhaustively.
public enum Command: Equatable, Sendable {
    /// `buy`, `sell`, `pass`: an order of unknown origin.
    case order(Order)
    case informed
    case noise
    case run(Int)
    case quote
    case state
    case params
    case history(Int?)
    case explain
    case set(Setting)
    case reset
    case undo
    case help(String?)
    case quit
}

/// A parsed `set NAME VALUE`: a model parameter, nature's truth, or the generator's seed.
public enum Setting: Equatable, Sendable {
    case parameter(ParameterName, Double)
    case truth(Truth)
    case seed(UInt64)
}
