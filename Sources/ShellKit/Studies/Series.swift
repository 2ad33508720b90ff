/// What `plot KIND` draws, by name: the model that draws charts declares its kinds as the cases
/// of an enum of its own (`enum BinaryPlot: String, ModelPlot { case spread, belief, … }`) and
/// lists them in its descriptor (`plots: BinaryPlot.kinds`). That list is the one table `plot`'s
/// parsing, completion, `help plot` and its errors read, so a new model adds a chart without
/// touching the shell; a model without charts omits `plot`. Two kinds are the same when their
/// names are.
public struct SeriesKind: Hashable, Sendable, CustomStringConvertible {
    /// The name `plot KIND` takes: lowercase letters.
    public let rawValue: String

    /// A kind as a model declares it.
    package init(_ name: String) {
        precondition(
            !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) },
            "a plot kind's name is lowercase letters: '\(name)'")
        rawValue = name
    }

    public var description: String { rawValue }
}

/// A model's charts as a case each of its own enum; the case's raw value is the kind's name, and
/// `ModelMarket.plot` gets the case back (no names compared by hand).
package protocol ModelPlot: RawRepresentable<String>, CaseIterable, Sendable {}

extension ModelPlot {
    /// Every case as the shell names it: the descriptor's `plots`.
    package static var kinds: [SeriesKind] { allCases.map { SeriesKind($0.rawValue) } }
}

/// The charts of a model that draws none.
package enum NoPlots: ModelPlot {
    package init?(rawValue: String) { nil }
    package var rawValue: String { switch self {} }
}
