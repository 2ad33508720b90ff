/// What a verb accepts after its name; drives parsing, usage lines and completion.
public enum ArgumentShape: Sendable {
    case nothing
    /// A whole number of arrivals (for `run`).
    case count(ClosedRange<Int>)
    /// An optional whole number (for `history`).
    case optionalCount(ClosedRange<Int>)
    /// An optional seed, 0 to 2⁶⁴ − 1 as `set seed` and `drill seed` take it (for `insider`).
    case optionalSeed
    /// A parameter name and its value (for `set`).
    case setting
    /// An optional help topic.
    case optionalTopic
    /// `lesson`, `lesson NAME`, `lesson quit`, `lesson check [NAME]`.
    case lessonRequest
    /// One word from a fixed list (for `plot`).
    case choice([String])
    /// A format and a file (for `export`).
    case formatAndFile([String])
    /// A file (for `save`).
    case file
    /// Keyword–value pairs (for `compare`).
    case comparison
    /// Customer orders, `buy|sell …` or none (for `compare models`).
    case comparedOrders
    /// Keyword–value pairs (for `simulate`).
    case simulation
    /// An optional model name (for `model`).
    case model
    /// Between so many numbers (decimals or fractions), each named in the usage line (a model's
    /// verbs: `flow Y`, `day B S`, `sweep prior FROM TO STEP` without its keyword).
    case numbers(ClosedRange<Int>)
    /// An optional kind, then keyword–value pairs, or `quit` (for `drill`).
    case drill
    /// One of a few keywords, then so many numbers (`sweep prior FROM TO STEP`): parsed into
    /// `.keywordNumbers(word, numbers)`.
    case keywordNumbers([String], ClosedRange<Int>)
    /// `maker`'s words (for `maker`).
    case maker
    /// `class`'s subcommands (the hosted class's console).
    case classroom
}
