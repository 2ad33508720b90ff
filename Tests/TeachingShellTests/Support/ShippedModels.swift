import ModelRegistry
@testable import ShellKit

// The tests drive the shell with the models glosten ships: these defaults name the registry once,
// so a test reads as the shell is used (`Parser.parse(bytes)`). The shell itself is built by
// `Interpreter.forTests` (ShellTestSupport).

extension MarketSession {
    /// The shipped shell's opening market.
    init() { self.init(opening: glostenModels.opening) }
}

extension MarketShell {
    init(session: MarketSession? = nil) { self.init(models: glostenModels, session: session) }
}

extension ModelKind {
    /// The shipped models, in `model`'s order.
    static var allCases: [ModelKind] { glostenModels.kinds }
    /// The shipped model named `word`.
    static func named(_ word: String) -> ModelKind? { glostenModels.named(word) }
}

extension Course {
    /// The course the shipped models declare.
    static var shipped: Course { Course(glostenModels) }
}

extension Parser {
    static func parse(_ bytes: [UInt8], model: ModelKind = glostenModels.opening) throws(ShellError) -> Command? {
        try parse(bytes, model: model, models: glostenModels)
    }
}

extension Completion {
    static func candidates(for text: String, lessons: [String] = [], model: ModelKind = glostenModels.opening)
        -> [String]
    {
        candidates(for: text, lessons: lessons, model: model, models: glostenModels)
    }
}

extension LessonChecker {
    static func check(_ lesson: Lesson, shouldStop: @escaping @Sendable () -> Bool = { false }) -> Report {
        check(lesson, models: glostenModels, shouldStop: shouldStop)
    }
}
