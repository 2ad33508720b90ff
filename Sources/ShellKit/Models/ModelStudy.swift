/// A model's own two-market study (`compare …` under the binary model): its usage line and the
/// reader of its arguments, in the model's module. The parser hands the words after `compare` to
/// `parse`, so a bad line is refused there, in one line and in the model's words, before any
/// market changes; the setup it returns reaches the model's `compare` unread by the shell. A model
/// without a study omits `compare` (`omittedVerbs`).
package struct ModelStudy: Sendable {
    /// `compare [mu HIGH LOW] …`: what `help compare` shows.
    package let usage: String
    /// The setup the words after `compare` ask for, or the model's refusal.
    package let parse: @Sendable ([String]) throws(ShellError) -> StudySetup

    package init(usage: String, parse: @escaping @Sendable ([String]) throws(ShellError) -> StudySetup) {
        (self.usage, self.parse) = (usage, parse)
    }
}

/// A study's setup as its model parsed it, carried by `MarketCommand.compare` without the shell
/// reading it: two are equal when they hold the same type and the same value.
public struct StudySetup: Equatable, Sendable {
    /// The model's own setup (`ComparisonSetup` in the binary model).
    package let value: any Equatable & Sendable

    package init(_ value: some Equatable & Sendable) {
        self.value = value
    }

    public static func == (a: StudySetup, b: StudySetup) -> Bool {
        func same<Value: Equatable>(_ value: Value) -> Bool { (b.value as? Value) == value }
        return same(a.value)
    }
}
