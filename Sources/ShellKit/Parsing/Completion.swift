/// Tab completion, read from the same tables that drive parsing and `help`.
public enum Completion {
    /// The words that could complete the last word of `text` (the line up to the cursor).
    public static func candidates(
        for text: String, lessons: [String] = [], model: ModelKind, models: ModelCatalog
    ) -> [String] {
        let endsInSpace = text.last.map { $0 == " " || $0 == "\t" } ?? true
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let current = endsInSpace ? "" : (words.popLast() ?? "")
        let prefix = current.lowercased()
        return choices(after: words.map { $0.lowercased() }, current: current, lessons: lessons, model: model, models: models)
            .filter { $0.hasPrefix(prefix) || $0.hasPrefix(current) }
    }

    /// What may follow the words already typed.
    private static func choices(
        after words: [String], current: String, lessons: [String], model: ModelKind, models: ModelCatalog
    ) -> [String] {
        // A two-word verb (`compare models`) completes word by word.
        let firstWords = model.verbs.map { String($0.name.prefix { $0 != " " }) }
        guard let first = words.first else {
            return firstWords.enumerated().filter { firstWords.firstIndex(of: $0.element) == $0.offset }.map(\.element)
                + model.verbs.flatMap(\.aliases).filter { $0.count > 2 }
        }
        let secondWords = model.verbs.compactMap { verb -> String? in
            let parts = verb.name.split(separator: " ")
            return parts.count == 2 && parts[0] == first ? String(parts[1]) : nil
        }
        if words.count >= 2, case let (verb, 2)? = Parser.verb(in: words, among: model.verbs) {
            if case .comparedOrders = verb.arguments { return ["buy", "sell"] }
            return []
        }
        let extra = words.count == 1 ? secondWords : []
        guard let verb = model.verb(named: first) else { return extra }
        return extra + shapeChoices(verb, after: words, current: current, lessons: lessons, model: model, models: models)
    }

    /// What may follow the words already typed after a one-word verb, by its argument shape.
    private static func shapeChoices(
        _ verb: Verb, after words: [String], current: String, lessons: [String], model: ModelKind, models: ModelCatalog
    ) -> [String] {
        switch (verb.arguments, words.count) {
        case (.setting, 1):
            return settingRows(model).map(\.name)
        case (.setting, 2):
            switch ShellSetting(rawValue: words[1]) {
            case .truth?: return model.truthChoices
            case .detail?: return Detail.allCases.map(\.rawValue)
            case .seed?: return []
            case nil: return model.parameters.first { $0.name == words[1] }.map { $0.words.keys.sorted() } ?? []
            }
        case (.classroom, _):
            return ClassSyntax.completions(after: Array(words.dropFirst()))
        case (.drill, _):
            return DrillSyntax.completions(after: Array(words.dropFirst()), model: model)
        case (.model, 1):
            return models.kinds.map(\.rawValue)
        case (.optionalTopic, 1):
            return HelpText.topicNames(model)
        case (.choice(let choices), 1):
            return choices
        case (.formatAndFile(let formats), 1):
            return formats
        case (.formatAndFile, 2), (.file, 1):
            return FilePaths.completions(of: current)
        case (.lessonRequest, 1):
            return lessons + ["quit", "play", "check"]
        case (.lessonRequest, 2) where ["play", "check"].contains(words[1]):
            return lessons
        case (.lessonRequest, 2) where lessons.contains(words[1]):
            return ["present", "play"]
        default:
            return []
        }
    }
}
