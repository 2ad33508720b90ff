/// What `maker …` asks for.
public enum MakerCommand: Equatable, Sendable {
    /// `maker`: the game in play, or how to start one.
    case status
    /// `maker compete|monopoly [rounds N] [seed S]`.
    case start(MakerRequest)
    /// `maker quit`: leave the game.
    case quit
}

/// Reads `maker`'s words, and the quotes typed during a game.
enum MakerSyntax {
    /// How many rounds a game may have.
    package static let rounds: ClosedRange<Int> = 1...10_000
    package static let usage = "maker [compete|monopoly] [rounds N] [seed S] | maker quit"

    package static func command(_ args: [String]) throws(ShellError) -> MakerCommand {
        var rest = args.map { $0.lowercased() }[...]
        guard let first = rest.first else { return .status }
        if first == "quit" {
            guard rest.count == 1 else { throw .extraArguments(verb: "maker", usage: usage, extra: Array(rest.dropFirst())) }
            return .quit
        }
        var request = MakerRequest()
        if let rule = MakerRule(rawValue: first) {
            request.rule = rule
            rest = rest.dropFirst()
        }
        while let key = rest.popFirst() {
            guard let word = rest.popFirst() else {
                if key == "rounds" || key == "seed" { throw .missingArgument(verb: "maker \(key)", usage: usage) }
                throw .badChoice(verb: "maker", text: key, choices: MakerRule.allCases.map(\.rawValue) + ["rounds", "seed", "quit"])
            }
            switch key {
            case "rounds":
                guard let n = NumberSyntax.whole(word), n <= UInt64(rounds.upperBound), rounds.contains(Int(n)) else {
                    throw .badCount(verb: "maker rounds", text: word, accepted: rounds)
                }
                request.rounds = Int(n)
            case "seed":
                guard let seed = NumberSyntax.whole(word) else { throw .badSeed(word) }
                request.seed = seed
            default:
                throw .badChoice(verb: "maker", text: key, choices: MakerRule.allCases.map(\.rawValue) + ["rounds", "seed", "quit"])
            }
        }
        return .start(request)
    }

    /// `99.5 101.5`, `quote 99.5 101.5`, `- 101.5` or `96+2 104-2`: the quotes of one round; a
    /// refusal when the words can only be meant as quotes but are not two prices in `range`; nil
    /// when the line is not quotes (a command, or `quote` alone).
    package static func quotes(_ words: [String], range: ClosedRange<Double>, expects: String) -> Result<TwoSided, MakerRefusal>? {
        let named = words.first?.lowercased() == "quote"
        let sides = named ? Array(words.dropFirst()) : words
        guard !sides.isEmpty, named || sides.allSatisfy({ $0 == "-" || Arithmetic.looksNumeric($0) }) else { return nil }
        let typed = words.joined(separator: " ")
        guard sides.count == 2 else { return .failure(MakerRefusal(line: GameText.refusal(typed, expects: expects))) }
        var prices: [Double?] = []
        for word in sides {
            if word == "-" {
                prices.append(nil)
                continue
            }
            guard let x = Arithmetic.value(word) else {
                return .failure(MakerRefusal(line: GameText.refusal(typed, expects: expects)))
            }
            guard range.contains(x) else { return .failure(MakerRefusal(line: GameText.outOfRange(typed, expects: expects))) }
            prices.append(x)
        }
        return .success(TwoSided(bid: prices[0], ask: prices[1]))
    }
}
