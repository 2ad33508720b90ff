import MarketModel
import ShellKit

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
