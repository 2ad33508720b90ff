/// What a drill exercise asks for: its name as `drill KIND` takes it, and what it asks, for
/// `help drill`. The shell declares the kinds more than one model offers (below); a model declares
/// its own in its adapter (`extension DrillKind { static let lambda = … }`) and lists, in its
/// `ModelDrills`, every kind it offers: that list is the one table `drill KIND`'s parsing,
/// completion, help and errors read, so a new model adds a kind without touching the shell.
/// Two kinds are the same when their names are.
public struct DrillKind: Hashable, Sendable, CustomStringConvertible {
    /// The name `drill KIND` takes: lowercase letters.
    public let rawValue: String
    /// What the kind asks, for `help drill`, unless a model words it its own way.
    public let summary: String

    /// A kind as the shell or a model declares it.
    public init(_ name: String, summary: String) {
        precondition(
            !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
                && !DrillSyntax.keywords.contains(name) && name != "quit",
            "a drill kind's name is lowercase letters, and not seed, count or quit: '\(name)'")
        (self.rawValue, self.summary) = (name, summary)
    }

    public var description: String { rawValue }
    public static func == (a: DrillKind, b: DrillKind) -> Bool { a.rawValue == b.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The kinds `model` offers, in the order `help drill` lists them; none for a model whose
    /// drills are not written yet (`drill` then says so).
    package static func kinds(of model: ModelKind) -> [DrillKind] {
        model.descriptor.drills?.kinds ?? []
    }

    /// The kind `model` offers under the name `word`, if any.
    package static func named(_ word: String, in model: ModelKind) -> DrillKind? {
        kinds(of: model).first { $0.rawValue == word }
    }

    /// What the kind asks, for `help drill` (under `model`, which may word it its own way).
    package func summary(_ model: ModelKind) -> String {
        model.descriptor.drills?.summaries[self] ?? summary
    }
}

/// The kinds more than one model offers. A model's own kinds live in its adapter.
extension DrillKind {
    /// The market maker's belief after an order (a model words what it is: P(V = high), E[v | order]).
    public static let posterior = DrillKind("posterior", summary: "the market maker's new belief after an order")
    /// The ask or the bid quoted after an order.
    public static let quote = DrillKind("quote", summary: "the ask or the bid quoted after an order")
    /// P(trader informed | order).
    public static let informed = DrillKind("informed", summary: "P(trader informed | order)")
}

/// One model's drills: its kinds and how it draws an exercise of one of them.
package struct ModelDrills: Sendable {
    package let kinds: [DrillKind]
    package let draw: @Sendable (DrillKind, inout DrillDraw) -> Exercise
    /// The kinds whose answer is a probability here (typed also as `75%`).
    package let probabilities: Set<DrillKind>
    /// How this model words a kind for `help drill`, where it differs from the kind's own words.
    package let summaries: [DrillKind: String]

    /// A model's drills, refused at once (naming what is wrong) when two kinds share a name or
    /// `probabilities` or `summaries` names a kind the model does not offer.
    package init(
        kinds: [DrillKind], probabilities: Set<DrillKind> = [], summaries: [DrillKind: String] = [:],
        draw: @escaping @Sendable (DrillKind, inout DrillDraw) -> Exercise
    ) {
        precondition(Set(kinds).count == kinds.count, "two drill kinds share a name: \(kinds)")
        let stray = probabilities.union(summaries.keys).subtracting(kinds)
        precondition(stray.isEmpty, "probabilities or summaries name kinds the model does not offer: \(stray)")
        (self.kinds, self.probabilities, self.summaries, self.draw) = (kinds, probabilities, summaries, draw)
    }
}
