/// What `drill …` asks for.
public enum DrillRequest: Equatable, Sendable {
    /// `drill [KIND] [seed S] [count N]`: a set of exercises of the current model.
    case start(kind: DrillKind?, seed: UInt64?, count: Int?)
    /// `drill quit`: leave the drill (its progress is kept).
    case quit
}

/// Reads `drill`'s words: an optional kind first (or `quit`), then `seed S` and `count N` in any order.
enum DrillSyntax {
    package static let keywords = ["seed", "count"]

    package static func request(_ args: [String], model: ModelKind, models: ModelCatalog) throws(ShellError) -> DrillRequest {
        var rest = args.map { $0.lowercased() }[...]
        if rest == ["quit"] { return .quit }
        guard !DrillKind.kinds(of: model).isEmpty else {
            let offeredBy = models.kinds.filter { !DrillKind.kinds(of: $0).isEmpty }.map(\.rawValue)
            throw .badDrill(.noDrills(offeredBy: offeredBy), model: model)
        }
        var kind: DrillKind?
        if let first = rest.first, !keywords.contains(first) {
            guard let named = DrillKind.named(first, in: model) else {
                throw .badDrill(.unknownKind(first), model: model)
            }
            kind = named
            rest = rest.dropFirst()
        }
        var seed: UInt64?
        var count: Int?
        while let key = rest.popFirst() {
            guard let word = rest.popFirst() else {
                throw .badDrill(keywords.contains(key) ? .missingValue(key) : .unknownKeyword(key), model: model)
            }
            switch key {
            case "seed":
                guard let s = NumberSyntax.whole(word) else { throw .badDrill(.badSeed(word), model: model) }
                seed = s
            case "count":
                guard let n = NumberSyntax.whole(word), n >= 1, n <= UInt64(DrillSet.largest) else {
                    throw .badDrill(.badCount(word), model: model)
                }
                count = Int(n)
            default:
                throw .badDrill(.unknownKeyword(key), model: model)
            }
        }
        return .start(kind: kind, seed: seed, count: count)
    }
}

/// What `drill` could not use. Cases carry the context; `ErrorText` words them.
public enum DrillProblem: Equatable, Sendable {
    /// A first word that is not one of the model's kinds (nor `seed`, `count` or `quit`).
    case unknownKind(String)
    case unknownKeyword(String)
    case missingValue(String)
    case badSeed(String)
    case badCount(String)
    /// The current model has no drills yet.
    case noDrills(offeredBy: [String])
}

extension DrillSyntax {
    /// What may follow `drill` and the words after it: a kind or `quit` first, then the keywords.
    static func completions(after words: [String], model: ModelKind) -> [String] {
        if words.last.map(keywords.contains) == true { return [] }
        let used = Set(words)
        let rest = keywords.filter { !used.contains($0) }
        return words.isEmpty ? DrillKind.kinds(of: model).map(\.rawValue) + rest + ["quit"] : rest
    }
}
