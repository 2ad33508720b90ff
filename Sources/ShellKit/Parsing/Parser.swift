import MarketCore

/// Turns one raw input line into a `Command`: checks the bytes, splits words, looks up the verb
/// in `verbTable` and parses its arguments. Finds errors; `ErrorText` words them.
public enum Parser {
    /// The longest line accepted, in bytes.
    public static let maximumLineBytes = 4096

    /// The command on a line, or nil for a blank line or a comment (`# …`). `set`, `simulate`
    /// and `truth` read their names and values from `model`'s tables; `model NAME` takes a name
    /// from `models`.
    public static func parse(_ bytes: [UInt8], model: ModelKind, models: ModelCatalog) throws(ShellError) -> Command? {
        let text = try checkedText(bytes)
        let words = words(of: text)
        guard let first = words.first else { return nil }
        let name = first.lowercased()
        guard let (verb, taken) = verb(in: words, among: model.verbs) else {
            if let (shared, _) = verb(in: words, among: verbTable), let instead = model.descriptor.omittedVerbs[shared.name] {
                throw .notInModel(verb: shared.name, model: model, instead: instead)
            }
            if let other = models.kinds.first(where: { $0.verb(named: name) != nil }) {
                throw .notInModel(verb: name, model: model, instead: GameText.elsewhere(name, model: other, here: model))
            }
            let candidates = model.verbs.flatMap { [$0.name] + $0.aliases }.filter { $0.count > 1 }
            throw .unknownVerb(first, suggestion: Suggestion.nearest(to: name, among: candidates))
        }
        return verb.make(try arguments(Array(words.dropFirst(taken)), for: verb, model: model, models: models))
    }

    /// The verb a line's first words name among `verbs`, and how many words its name took: a
    /// two-word name (`compare models`) before a one-word name or alias (`compare`).
    package static func verb(in words: [String], among verbs: [Verb]) -> (Verb, Int)? {
        let names = words.prefix(2).map { $0.lowercased() }
        if names.count == 2, let verb = verbs.first(where: { $0.name == names.joined(separator: " ") }) {
            return (verb, 2)
        }
        guard let name = names.first else { return nil }
        return verbs.first { $0.name == name || $0.aliases.contains(name) }.map { ($0, 1) }
    }

    /// The line as text, refused when too long, not UTF-8, or holding a NUL or control character.
    static func checkedText(_ bytes: [UInt8]) throws(ShellError) -> String {
        guard bytes.count <= maximumLineBytes else { throw .lineTooLong(limit: maximumLineBytes) }
        if let nul = bytes.firstIndex(of: 0) { throw .nulByte(column: nul + 1) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalidUTF8(column: firstInvalidUTF8(bytes) + 1)
        }
        var column = 1
        for scalar in text.unicodeScalars {
            // C0 controls but tab, DEL, and the C1 controls (U+0080–U+009F, e.g. U+009B, a one-character CSI).
            if (scalar.value < 0x20 && scalar.value != 0x09) || (0x7F...0x9F).contains(scalar.value) {
                throw .controlCharacter(scalar: scalar.value, column: column)
            }
            column += String(scalar).utf8.count
        }
        return text
    }

    /// The words of a line, without the comment that `#` starts. As in a POSIX shell, `#` starts
    /// a comment only at the start of a word, so `export csv a#b.csv` names the file `a#b.csv`.
    package static func words(of text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).prefix { !$0.hasPrefix("#") }.map(String.init)
    }

    private static func arguments(
        _ args: [String], for verb: Verb, model: ModelKind, models: ModelCatalog
    ) throws(ShellError) -> ParsedArguments {
        switch verb.arguments {
        case .nothing:
            guard args.isEmpty else { throw .extraArguments(verb: verb.name, usage: verb.usage, extra: args) }
            return .none
        case .count(let range):
            guard let word = args.first else { throw .missingArgument(verb: verb.name, usage: verb.usage) }
            guard args.count == 1 else {
                throw .extraArguments(verb: verb.name, usage: verb.usage, extra: Array(args.dropFirst()))
            }
            return .count(try count(word, in: range, verb: verb))
        case .optionalCount(let range):
            guard let word = args.first else { return .count(nil) }
            guard args.count == 1 else {
                throw .extraArguments(verb: verb.name, usage: verb.usage, extra: Array(args.dropFirst()))
            }
            return .count(try count(word, in: range, verb: verb))
        case .optionalSeed:
            guard let word = args.first else { return .seed(nil) }
            guard args.count == 1 else {
                throw .extraArguments(verb: verb.name, usage: verb.usage, extra: Array(args.dropFirst()))
            }
            guard let seed = NumberSyntax.whole(word) else { throw .badSeed(word) }
            return .seed(seed)
        case .setting:
            guard args.count >= 2 else {
                throw .missingArgument(verb: verb.name, usage: verb.usage)
            }
            guard args.count == 2 else {
                throw .extraArguments(verb: verb.name, usage: verb.usage, extra: Array(args.dropFirst(2)))
            }
            return .setting(try setting(name: args[0].lowercased(), value: args[1], model: model))
        case .lessonRequest:
            return .lesson(try lessonRequest(args.map { $0.lowercased() }, verb: verb))
        case .choice(let choices):
            guard let word = args.first else { throw .missingArgument(verb: verb.name, usage: verb.usage) }
            guard args.count == 1 else {
                throw .extraArguments(verb: verb.name, usage: verb.usage, extra: Array(args.dropFirst()))
            }
            guard choices.contains(word.lowercased()) else {
                throw .badChoice(verb: verb.name, text: word, choices: choices)
            }
            return .word(word.lowercased())
        case .formatAndFile(let formats):
            guard args.count >= 2 else { throw .missingArgument(verb: verb.name, usage: verb.usage) }
            guard args.count == 2 else {
                throw .extraArguments(verb: verb.name, usage: verb.usage, extra: Array(args.dropFirst(2)))
            }
            guard formats.contains(args[0].lowercased()) else {
                throw .badChoice(verb: verb.name, text: args[0], choices: formats)
            }
            return .formatAndFile(args[0].lowercased(), args[1])
        case .file:
            guard let path = args.first else { throw .missingArgument(verb: verb.name, usage: verb.usage) }
            guard args.count == 1 else {
                throw .extraArguments(verb: verb.name, usage: verb.usage, extra: Array(args.dropFirst()))
            }
            return .word(path)
        case .plotKind:
            let usage = verb.usage(under: model)
            guard let word = args.first else { throw .missingArgument(verb: verb.name, usage: usage) }
            guard args.count == 1 else {
                throw .extraArguments(verb: verb.name, usage: usage, extra: Array(args.dropFirst()))
            }
            guard let kind = model.descriptor.plots.first(where: { $0.rawValue == word.lowercased() }) else {
                throw .badChoice(verb: verb.name, text: word, choices: model.descriptor.plots.map(\.rawValue))
            }
            return .plot(kind)
        case .study:
            guard let study = model.descriptor.study else { throw model.omission(verb.name) }
            return .study(try study.parse(args))
        case .comparedOrders:
            return .comparedOrders(try ComparisonSyntax.orders(args[...]))
        case .simulation:
            return .simulation(try SimulationSyntax.request(args, model: model))
        case .drill:
            return .drill(try DrillSyntax.request(args, model: model, models: models))
        case .model:
            guard let word = args.first else { return .model(nil) }
            guard args.count == 1 else {
                throw .extraArguments(verb: verb.name, usage: verb.usage, extra: Array(args.dropFirst()))
            }
            guard let kind = models.named(word) else {
                throw .badChoice(verb: verb.name, text: word, choices: models.kinds.map(\.rawValue))
            }
            return .model(kind)
        case .keywordNumbers(let keywords, let range):
            guard let word = args.first else { throw .missingArgument(verb: verb.name, usage: verb.usage) }
            guard keywords.contains(word.lowercased()) else {
                throw .badChoice(verb: verb.name, text: word, choices: keywords)
            }
            let rest = Verb(
                name: verb.name, group: verb.group, aliases: [], arguments: .numbers(range), usage: verb.usage,
                summary: verb.summary, details: verb.details, make: verb.make)
            guard case .numbers(let numbers) = try arguments(Array(args.dropFirst()), for: rest, model: model, models: models) else {
                preconditionFailure("a numbers shape parses into numbers")
            }
            return .keywordNumbers(word.lowercased(), numbers)
        case .numbers(let range):
            guard args.count >= range.lowerBound else { throw .missingArgument(verb: verb.name, usage: verb.usage) }
            guard args.count <= range.upperBound else {
                throw .extraArguments(
                    verb: verb.name, usage: verb.usage, extra: Array(args.dropFirst(range.upperBound)))
            }
            var numbers: [Double] = []
            for word in args {
                guard let number = NumberSyntax.number(word) else {
                    throw .notANumber(name: verb.name, text: word, accepts: "a number, as in the usage: \(verb.usage)")
                }
                numbers.append(number)
            }
            return .numbers(numbers)
        case .maker:
            return .maker(try MakerSyntax.command(args))
        case .classroom:
            return .classroom(try ClassSyntax.command(args))
        case .optionalTopic:
            // A two-word verb is a topic too: `help compare models`.
            if args.count == 2, case let (named, 2)? = Parser.verb(in: args, among: model.verbs) { return .topic(named.name) }
            guard args.count <= 1 else {
                throw .extraArguments(verb: verb.name, usage: verb.usage, extra: Array(args.dropFirst()))
            }
            return .topic(args.first?.lowercased())
        }
    }

    private static func lessonRequest(_ args: [String], verb: Verb) throws(ShellError) -> LessonRequest {
        if let request = LessonRequestSyntax.request(args) { return request }
        if args.count == 1 { throw .missingArgument(verb: verb.name, usage: verb.usage) }
        throw .extraArguments(
            verb: verb.name, usage: verb.usage,
            extra: Array(args.dropFirst(["check", "play"].contains(args[0]) ? 2 : 1)))
    }

    private static func count(_ word: String, in range: ClosedRange<Int>, verb: Verb) throws(ShellError) -> Int {
        guard let n = NumberSyntax.whole(word), n <= UInt64(range.upperBound), range.contains(Int(n)) else {
            throw .badCount(verb: verb.name, text: word, accepted: range)
        }
        return Int(n)
    }

    private static func setting(name: String, value: String, model: ModelKind) throws(ShellError) -> Setting {
        let rows = settingRows(model)
        guard let row = rows.first(where: { $0.name == name }) else {
            let names = rows.map(\.name)
            throw .unknownParameter(name, suggestion: Suggestion.nearest(to: name, among: names), names: names)
        }
        switch ShellSetting(rawValue: row.name) {
        case .truth?:
            guard let truth = model.truth(value) else { throw .badTruth(value, accepts: model.truthAccepts) }
            return .truth(truth)
        case .detail?:
            guard let detail = Detail(rawValue: value.lowercased()) else {
                throw .badChoice(verb: "set detail", text: value, choices: Detail.allCases.map(\.rawValue))
            }
            return .detail(detail)
        case .seed?:
            guard let seed = NumberSyntax.whole(value) else { throw .badSeed(value) }
            return .seed(seed)
        case nil:
            if let word = row.words[value.lowercased()] { return .parameter(row.name, word) }
            guard let number = NumberSyntax.number(value) else {
                throw .notANumber(name: row.name, text: value, accepts: row.accepts)
            }
            return .parameter(row.name, number)
        }
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var end = bytes.count
        while end > 0, String(validating: bytes[..<end], as: UTF8.self) == nil { end -= 1 }
        // `end` is now the length of the longest valid prefix: the first bad byte is right after it.
        return end
    }
}
