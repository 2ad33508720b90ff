/// One parameter of a model as `set`, `params`, `help`, completion and error wording show it: the
/// one place its symbol, meaning and accepted values are written. Every model's table is a list of
/// these, one per case of its parameter names, in the order `params` lists them.
public struct ParameterTableRow<Name: RawRepresentable & Sendable>: Sendable where Name.RawValue == String {
    /// The name `set` takes.
    public let name: Name
    public let symbol: String
    public let meaning: String
    /// The numbers the value may be on its own (rules across parameters are each model's).
    public let accepted: Interval
    /// What the value may be, in words, for error messages and help.
    public let accepts: String
    /// Whether a change defines a new opening and restarts the market at t = 0; the others apply
    /// from the next order.
    public let restartsMarket: Bool
    /// Words the value may be besides numbers, and the number each stands for (`tolerance off`).
    public let words: [String: Double]
    /// Whether the value must be a whole number (a count).
    public let whole: Bool

    public init(
        _ name: Name, symbol: String, meaning: String, accepted: Interval, accepts: String, restartsMarket: Bool,
        words: [String: Double] = [:], whole: Bool = false
    ) {
        (self.name, self.symbol, self.meaning, self.accepted) = (name, symbol, meaning, accepted)
        (self.accepts, self.restartsMarket, self.words, self.whole) = (accepts, restartsMarket, words, whole)
    }

    /// Whether the row takes `value`: a number in its interval (whole where it must be), or one a
    /// word stands for.
    public func admits(_ value: Double) -> Bool {
        words.values.contains(value) || (accepted.contains(value) && (!whole || value == value.rounded()))
    }
}

/// Why a parameter change was refused: the value lies outside the row's interval.
public struct ParameterOutOfRange: Error, Equatable, Sendable {
    /// The parameter's name, as `set` takes it.
    public let name: String
    public let value: Double
    public let accepted: Interval

    public init<Name>(_ row: ParameterTableRow<Name>, value: Double) {
        (name, self.value, accepted) = (row.name.rawValue, value, row.accepted)
    }
}

/// A model's parameters held as plain numbers, one field per name, each read and written through
/// the model's table: `subscript` and `setting` are written once for every such model.
public protocol ParameterSet: Sendable {
    associatedtype Name: RawRepresentable & CaseIterable & Sendable where Name.RawValue == String
    /// The row of the table for `name`.
    static func row(_ name: Name) -> ParameterTableRow<Name>
    /// Where the value of `name` is held.
    static func field(_ name: Name) -> WritableKeyPath<Self, Double>
}

extension ParameterSet {
    /// The table, in the order `params` lists it.
    public static var table: [ParameterTableRow<Name>] { Name.allCases.map(row) }

    /// The value of one parameter.
    public subscript(name: Name) -> Double { self[keyPath: Self.field(name)] }

    /// A copy with one parameter changed, or the reason the change is refused. A model with rules
    /// across parameters (or its own error type) writes its own `setting`: it checks the row,
    /// calls `assigning`, then checks its rules.
    public func setting(_ name: Name, to value: Double) throws(ParameterOutOfRange) -> Self {
        let row = Self.row(name)
        guard row.admits(value) else { throw ParameterOutOfRange(row, value: value) }
        return assigning(name, value)
    }

    /// A copy with one parameter set to `value`, unchecked.
    public func assigning(_ name: Name, _ value: Double) -> Self {
        var copy = self
        copy[keyPath: Self.field(name)] = value
        return copy
    }
}
