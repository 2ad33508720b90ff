/// What `class …` asks the hosted class for (the teacher's console; `glosten host`).
public enum ClassCommand: Codable, Equatable, Sendable {
    /// `class open [port P] [bind ADDR]`: in an ordinary shell, starts the class server (on `port`
    /// and `bind` where given, else as `glosten host` does); the class says it is open and which
    /// market `class start` would play (`market`, the teacher's, filled in by the shell).
    case open(market: ClassMarket? = nil, port: Int? = nil, bind: String? = nil)
    /// `class start [trade|makers] [rounds N] [seed S]`: nil where the teacher gave nothing; the
    /// shell fills in `market`, its current model and settings, which the game plays.
    case start(game: String, rounds: Int?, seed: UInt64?, market: ClassMarket? = nil)
    case pause, resume, next, reveal, stop, roster, league, close
    case message(String)
    case kick(String)
    case export(String)
    /// `class compare FILE`: this class beside an earlier one (its export, or its event database).
    case compare(String)
}

/// Reads `class`'s words: one table of subcommands drives parsing, usage and completion.
enum ClassSyntax {
    /// The subcommands, in the order `help class` and completion give them.
    package static let subcommands = [
        "open", "start", "pause", "resume", "next", "reveal", "stop", "roster", "league", "message", "kick", "export",
        "compare", "close",
    ]
    /// The games `class start` takes.
    package static let games = ["trade", "makers"]
    package static let rounds: ClosedRange<Int> = 1...200
    package static let usage =
        "class open [port P] [bind ADDR]|start [trade|makers] [rounds N] [seed S]|pause|resume|next|reveal|stop|roster|league|message TEXT|kick NAME|export FILE|compare FILE|close"

    package static func command(_ args: [String]) throws(ShellError) -> ClassCommand {
        // `class` alone: who is in the class, and its code.
        guard let first = args.first?.lowercased() else { return .roster }
        let rest = Array(args.dropFirst())
        let bare: [String: ClassCommand] = [
            "pause": .pause, "resume": .resume, "next": .next, "reveal": .reveal, "stop": .stop,
            "roster": .roster, "league": .league, "close": .close,
        ]
        if let command = bare[first] {
            guard rest.isEmpty else { throw .extraArguments(verb: "class \(first)", usage: usage, extra: rest) }
            return command
        }
        switch first {
        case "start": return try start(rest)
        case "open": return try open(rest)
        case "message", "kick", "export", "compare":
            guard !rest.isEmpty else { throw .missingArgument(verb: "class \(first)", usage: usage) }
            let text = rest.joined(separator: " ")
            if first == "message" { return .message(text) }
            guard first == "kick" || rest.count == 1 else {
                throw .extraArguments(verb: "class \(first)", usage: usage, extra: Array(rest.dropFirst()))
            }
            switch first {
            case "kick": return .kick(text)
            case "export": return .export(text)
            default: return .compare(text)
            }
        default:
            throw .badChoice(verb: "class", text: first, choices: subcommands)
        }
    }

    /// `open [port P] [bind ADDR]`: where an ordinary shell's class server listens.
    private static func open(_ args: [String]) throws(ShellError) -> ClassCommand {
        var rest = args[...]
        var (port, bind): (Int?, String?) = (nil, nil)
        while let key = rest.popFirst()?.lowercased() {
            guard key == "port" || key == "bind" else { throw .badChoice(verb: "class open", text: key, choices: ["port", "bind"]) }
            guard let word = rest.popFirst() else { throw .missingArgument(verb: "class open \(key)", usage: usage) }
            if key == "port" {
                guard let n = NumberSyntax.whole(word), n <= 65535 else {
                    throw .badCount(verb: "class open port", text: word, accepted: 0...65535)
                }
                port = Int(n)
            } else {
                bind = word
            }
        }
        return .open(port: port, bind: bind)
    }

    /// `start [trade|makers] [rounds N] [seed S]`.
    private static func start(_ args: [String]) throws(ShellError) -> ClassCommand {
        var rest = args.map { $0.lowercased() }[...]
        var game = "trade"
        if let first = rest.first, games.contains(first) {
            game = first
            rest = rest.dropFirst()
        }
        var (count, seed): (Int?, UInt64?) = (nil, nil)
        while let key = rest.popFirst() {
            guard key == "rounds" || key == "seed" else {
                throw .badChoice(verb: "class start", text: key, choices: games + ["rounds", "seed"])
            }
            guard let word = rest.popFirst() else { throw .missingArgument(verb: "class start \(key)", usage: usage) }
            if key == "rounds" {
                guard let n = NumberSyntax.whole(word), n <= UInt64(rounds.upperBound), rounds.contains(Int(n)) else {
                    throw .badCount(verb: "class start rounds", text: word, accepted: rounds)
                }
                count = Int(n)
            } else {
                guard let s = NumberSyntax.whole(word) else { throw .badSeed(word) }
                seed = s
            }
        }
        return .start(game: game, rounds: count, seed: seed)
    }

    /// What may follow `class` and the words after it.
    static func completions(after words: [String]) -> [String] {
        switch words.count {
        case 0: return subcommands
        case 1 where words[0] == "start": return games + ["rounds", "seed"]
        case 1 where words[0] == "open": return ["port", "bind"]
        case 2 where words[0] == "start" && games.contains(words[1]): return ["rounds", "seed"]
        default: return []
        }
    }
}
