import Foundation
import MarketModel

/// A study's figures for `--json`: the same numbers `simulate` and `compare` print, as one object
/// under `results` in the command's record. A figure that is undefined (or not finite) is left out.
public enum StudyResults: Sendable, Encodable, Equatable {
    /// A model's figures (a simulation, a comparison, a plan, an estimate), encoded as the model
    /// defines them.
    case model(ModelResults)
    /// A drill answer: the exercise, its kind, the right answer, the learner's.
    case drill(DrillResult)

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .model(let m): try m.figures.encode(to: encoder)
        case .drill(let d): try d.encode(to: encoder)
        }
    }
}

/// A model's own study figures for `--json`: whatever Encodable value the model defines.
public struct ModelResults: Sendable, Equatable {
    package let figures: any Encodable & Sendable

    package init(_ figures: any Encodable & Sendable) {
        self.figures = figures
    }

    /// Equal when they encode to the same JSON.
    public static func == (a: ModelResults, b: ModelResults) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(a.figures)) == (try? encoder.encode(b.figures))
    }
}

/// A number for JSON: nil when undefined or not finite.
package func finite(_ x: Double?) -> Double? {
    guard let x, x.isFinite else { return nil }
    return x
}

/// An order statistic: its value, whether it is exact, and how far it can be off otherwise.
public struct QuantileResult: Sendable, Encodable, Equatable {
    package let value: Double?
    package let exact: Bool
    package let halfWidth: Double

    package init(_ reading: LogHistogram.Reading?) {
        value = finite(reading?.value)
        exact = reading?.isExact ?? false
        halfWidth = reading?.halfWidth ?? 0
    }

    package enum CodingKeys: String, CodingKey {
        case value, exact
        case halfWidth = "half_width"
    }
}
