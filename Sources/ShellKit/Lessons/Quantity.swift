import MarketCore

/// A number a lesson can expect or ask the learner to predict, read off the market: its name as
/// a directive writes it (`# expect ask …`), and how a question phrases it. The shell declares the
/// quantities more than one model reads (below); a model declares its own in its adapter
/// (`extension Quantity { static let covariance = … }`) and lists, in its descriptor, every
/// quantity its market gives, so a new model adds a quantity without touching the shell.
/// Two quantities are the same when their names are.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
    /// The name a directive writes: lowercase letters, digits and `_`.
    public let rawValue: String
    /// How the learner reads it in a question.
    public let phrase: String
    /// Whether the quantity is a probability (answers may be percentages).
    public let isProbability: Bool

    /// A quantity as a model declares it.
    public init(_ name: String, phrase: String, isProbability: Bool = false) {
        precondition(Self.isName(name), "a quantity's name is lowercase letters, digits and _: '\(name)'")
        (self.rawValue, self.phrase, self.isProbability) = (name, phrase, isProbability)
    }

    /// The quantity a directive names, as written, before the lesson's model says what it is
    /// (its phrase is its name until `declared(in:)` finds the declaration); nil for a word that
    /// cannot be a name.
    public init?(rawValue: String) {
        guard Self.isName(rawValue) else { return nil }
        (self.rawValue, self.phrase, self.isProbability) = (rawValue, rawValue, false)
    }

    public var description: String { rawValue }
    public static func == (a: Quantity, b: Quantity) -> Bool { a.rawValue == b.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// This quantity as one of `declared` declares it (phrase and all), or itself when none does.
    func declared(in declared: [Quantity]) -> Quantity {
        declared.first { $0 == self } ?? self
    }

    private static func isName(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// The value now, given the last order's Bayes step (for `p_informed`); nil when undefined (a
    /// side with no quote, or a quantity the model does not have).
    package func value(in session: ModelSession, lastStep: (any ModelStep)?) -> Double? {
        self == .pInformed ? lastStep?.informedProbability ?? nil : session.value(of: self)
    }
}

/// The quantities more than one model reads, or the shell itself reads (`p_informed`, from the
/// last order's Bayes step). A model's own quantities live in its adapter.
extension Quantity {
    public static let bid = Quantity("bid", phrase: "the bid")
    public static let ask = Quantity("ask", phrase: "the ask")
    public static let mid = Quantity("mid", phrase: "the mid")
    public static let spread = Quantity("spread", phrase: "the spread")
    public static let expectedValue = Quantity("value", phrase: "E[V]")
    /// The posterior standard deviation of v.
    public static let sd = Quantity("sd", phrase: "the standard deviation of the belief about v")
    public static let t = Quantity("t", phrase: "t")
    /// The last price: Kyle's auction price p_n, Roll's or a dealer's last trade.
    public static let price = Quantity("price", phrase: "the price")
    public static let pEvent = Quantity("p_event", phrase: "P(event)", isProbability: true)
    public static let pInformed = Quantity("p_informed", phrase: "P(trader informed | order)", isProbability: true)

    /// The shell's quantities, as a malformed `# expect` line lists them.
    package static let shared: [Quantity] = [.bid, .ask, .mid, .spread, .expectedValue, .sd, .t, .price, .pEvent, .pInformed]
}

extension ModelCatalog {
    /// Every quantity the shell and its models declare, the shell's first: where a lesson's
    /// questions find how to phrase a quantity they name.
    package var quantities: [Quantity] { Quantity.shared + kinds.flatMap(\.descriptor.quantities) }
}

extension Lesson {
    /// The lesson with each question's quantity as `declared` declares it (its phrase, and whether
    /// answers may be percentages); a name none declares stays as written, and `lesson check`
    /// names it against the lesson's model.
    func declaring(_ declared: [Quantity]) -> Lesson {
        var lesson = self
        for index in lesson.steps.indices {
            guard let prediction = lesson.steps[index].prediction else { continue }
            lesson.steps[index].prediction = prediction.declaring(declared)
        }
        return lesson
    }
}

extension Prediction {
    fileprivate func declaring(_ declared: [Quantity]) -> Prediction {
        var prediction = self
        switch kind {
        case .number(let quantity, let stated, let tolerance):
            prediction.kind = .number(quantity.declared(in: declared), stated: stated, tolerance: tolerance)
        case .direction(let quantity, let stated):
            prediction.kind = .direction(quantity.declared(in: declared), stated: stated)
        case .choice:
            break
        }
        return prediction
    }
}
