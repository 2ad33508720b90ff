import Foundation
import ModelRegistry
@testable import ShellKit
import ShellTestSupport
import Testing

/// The contract every model keeps with the shell, checked over `ModelKind.allCases` (no model is
/// named here, so a new model is held to it the day it is added): its omitted verbs are refused
/// in one line and change nothing; its first trading verb is taken back by `undo` exactly; `save`
/// replays it; `p_informed` is the step's own; its help speaks only its own vocabulary and has no
/// empty heading; its summary fits `model`'s line; and `compare models`, the shell's study of
/// every model, runs under it.
struct ModelContractTests {
    /// A fresh shell under `kind`, seeded, with files kept in memory.
    private func shell(_ kind: ModelKind, files: MemoryFiles? = nil) -> Interpreter {
        var shell = Interpreter.forTests()
        if let files { shell.files = files }
        for line in ["set seed 7", "model \(kind.rawValue)"] {
            #expect(send(&shell, line)?.error == nil, "\(kind): \(line)")
        }
        return shell
    }

    /// The market as `--json` shows it, checked to be a real record (not the encoder's refusal).
    private func record(_ shell: Interpreter) -> String {
        let json = shell.session.snapshot.json
        #expect(!json.contains("could not be encoded"), "\(shell.session.kind): \(json)")
        return json
    }

    /// A line that runs `verb` as its usage allows with the fewest arguments (numbers are 1);
    /// nil for a shape that needs words this test does not make up.
    private func line(_ verb: Verb) -> String? {
        switch verb.arguments {
        case .nothing, .optionalSeed: verb.name
        case .count(let range): "\(verb.name) \(range.lowerBound)"
        case .optionalCount: "\(verb.name) 1"
        case .numbers(let range): ([verb.name] + Array(repeating: "1", count: range.lowerBound)).joined(separator: " ")
        default: nil
        }
    }

    /// The model's trading verbs (`help`'s trade group) as lines that run them.
    private func tradingLines(_ kind: ModelKind) -> [String] {
        kind.verbs.filter { $0.group == .trade }.compactMap(line)
    }

    /// The model's `buy` or its equivalent: the first trading verb, in its verb table's order,
    /// that runs from the opening and moves the market's clock.
    private func firstTrade(_ kind: ModelKind) -> String? {
        tradingLines(kind).first { line in
            var probe = shell(kind)
            let before = probe.session.model.time
            return send(&probe, line)?.error == nil && probe.session.model.time > before
        }
    }

    @Test func everyModelHasATradingVerb() {
        for kind in ModelKind.allCases { #expect(firstTrade(kind) != nil, "\(kind) has no trading verb that trades") }
    }

    /// Each shared verb a model omits (and each of its aliases) is refused in one line that says
    /// what to use instead, and the record does not move.
    @Test func omittedVerbsAreRefusedInOneLineAndChangeNothing() throws {
        for kind in ModelKind.allCases {
            var shell = shell(kind)
            if let trade = firstTrade(kind) { _ = send(&shell, trade) }
            let before = record(shell)
            let journal = shell.session.journal
            for (name, instead) in kind.descriptor.omittedVerbs.sorted(by: { $0.key < $1.key }) {
                // A model may omit a shared verb to put its own in its place (`run` under Kyle).
                guard kind.verb(named: name) == nil else { continue }
                let aliases = verbTable.first { $0.name == name }?.aliases ?? []
                for word in [name] + aliases {
                    let reply = try #require(send(&shell, word))
                    #expect(reply.error == .notInModel(verb: name, model: kind, instead: instead), "\(kind): \(word)")
                    #expect(reply.lines.count == 1 && !reply.lines[0].plain.contains("\n"), "\(kind): \(word)")
                    #expect(record(shell) == before, "\(kind): \(word) moved the record")
                    #expect(shell.session.journal == journal, "\(kind): \(word) was journaled")
                }
            }
        }
    }

    /// One command of each shared market verb, with arguments any model's table takes (nil where
    /// the model's reader takes no truth: `set truth` cannot reach such a model), by verb name.
    private func marketCommands(_ kind: ModelKind) -> [(verb: String, command: MarketCommand?)] {
        // The model's own chart and study where it declares them; a stand-in a model that omits
        // the verb never reads otherwise.
        let plot = kind.descriptor.plots.first ?? SeriesKind("chart")
        let study = (try? kind.descriptor.study?.parse(["trades", "5"])) ?? StudySetup(0)
        var simulation = SimulationRequest()
        (simulation.sessions, simulation.trades, simulation.threads) = (3, 4, 1)
        let truth = kind.truthChoices.first.flatMap(kind.truth)
        return [
            ("buy", .order(.buy)), ("sell", .order(.sell)), ("pass", .order(.none)), ("informed", .informed),
            ("noise", .noise), ("run", .run(1)), ("quote", .quote), ("state", .state), ("params", .params),
            ("history", .history(nil)), ("explain", .explain), ("set", .setParameter(kind.parameters[0].name, 1)),
            ("set", truth.map { .setTruth($0) }), ("reset", .reset), ("undo", .undo), ("plot", .plot(plot)),
            ("compare", .compare(study)), ("simulate", .simulate(simulation)), ("export", .export(.csv, "t.csv")),
        ]
    }

    /// Each shared market verb a model keeps (does not list in `omittedVerbs`) reaches the model's
    /// own code: it may be refused for its arguments or the market's state, but never as "not part
    /// of the model", which is the default refusal a model gets for a verb it forgot to implement;
    /// each verb it omits is refused by that default in the descriptor's words.
    @Test func keptVerbsAreImplemented() throws {
        let verbs = marketCommands(ModelKind.allCases[0]).map(\.verb)
        // The samples name every shared market verb (a new one is added here too).
        #expect(Set(verbs).isSubset(of: verbTable.map(\.name)))
        #expect(Set(verbs).count == 18)
        for kind in ModelKind.allCases {
            for case (let verb, let command?) in marketCommands(kind) {
                var market = shell(kind).shell
                market.files = MemoryFiles()
                var refusal: ShellError?
                do throws(ShellError) { _ = try market.execute(.market(command), text: verb) } catch { refusal = error }
                if let instead = kind.descriptor.omittedVerbs[verb] {
                    // Past the parser (a replayed or built command), the model's default refuses
                    // it in the descriptor's words.
                    #expect(refusal == .notInModel(verb: verb, model: kind, instead: instead), "\(kind): \(verb)")
                } else if case .notInModel(verb, kind, _)? = refusal {
                    Issue.record("\(kind) keeps \(verb) but refuses it as not part of the model: \(refusal?.message ?? "")")
                }
            }
        }
    }

    /// `plot` and `compare` read what the model declares (its chart kinds, its study's reader): a
    /// model keeps each verb exactly when it declares what the verb reads.
    @Test func plotAndCompareAreDeclaredWhereKept() {
        for kind in ModelKind.allCases {
            let omits = kind.descriptor.omittedVerbs
            #expect(kind.descriptor.plots.isEmpty == (omits["plot"] != nil), "\(kind): plot")
            #expect((kind.descriptor.study == nil) == (omits["compare"] != nil), "\(kind): compare")
        }
    }

    /// `help simulate` under a model that keeps it shows the truth words that model reads, as its
    /// error's usage does (the verb table's row spells the binary model's).
    @Test func simulateUsageNamesTheModelsTruth() throws {
        var kept = 0
        for kind in ModelKind.allCases where kind.verb(named: "simulate") != nil {
            kept += 1
            var shell = shell(kind)
            let usage = try #require(send(&shell, "help simulate")).lines.first?.plain ?? ""
            #expect(usage.contains("[truth \(kind.truthChoicesForUsage)|drawn]"), "\(kind): \(usage)")
        }
        #expect(kept >= 2)
    }

    /// The first trading verb, then `undo`, leaves the record as it was; `undo` at the opening is
    /// refused in the one `nothing to undo` line and changes nothing.
    @Test func aTradeThenUndoGivesTheRecordBack() throws {
        for kind in ModelKind.allCases {
            var shell = shell(kind)
            let opening = record(shell)
            let refused = try #require(send(&shell, "undo"))
            guard case .nothingToUndo? = refused.error else {
                Issue.record("\(kind): undo at the opening gave \(String(describing: refused.error))")
                continue
            }
            #expect(refused.lines.count == 1 && refused.plainText.hasPrefix("nothing to undo: "), "\(kind)")
            #expect(record(shell) == opening)
            let trade = try #require(firstTrade(kind))
            for _ in 0..<2 { #expect(send(&shell, trade)?.error == nil, "\(kind): \(trade)") }
            let before = record(shell)
            #expect(send(&shell, trade)?.error == nil, "\(kind): \(trade)")
            #expect(record(shell) != before, "\(kind): \(trade) did not move the record")
            #expect(send(&shell, "undo")?.error == nil, "\(kind): undo")
            #expect(record(shell) == before, "\(kind): \(trade) then undo")
        }
    }

    /// The commands `save` writes, replayed in a fresh shell, build the same market and record.
    @Test func saveReplaysToTheSameRecord() throws {
        for kind in ModelKind.allCases {
            let files = MemoryFiles()
            var shell = shell(kind, files: files)
            let trade = try #require(firstTrade(kind))
            // Every trading verb that runs (nature's draws among them), then a change taken back.
            for line in tradingLines(kind) + [trade, trade, "undo", trade] { _ = send(&shell, line) }
            #expect(shell.session.model.time > 0, "\(kind): nothing traded")
            #expect(send(&shell, "save s.gm")?.error == nil, "\(kind): save")
            var replay = Interpreter.forTests()
            for line in try #require(files.text("s.gm")).split(separator: "\n") {
                #expect(send(&replay, String(line))?.error == nil, "\(kind): replaying \(line)")
            }
            #expect(record(replay) == record(shell), "\(kind): the replay's record")
            #expect(replay.session.model.sameMarket(as: shell.session.model), "\(kind): the replay's market")
        }
    }

    /// `p_informed` is the applied step's `informedProbability`, for every trading verb of every
    /// model: the step is taken on a copy of the shell, the record from the shell itself.
    @Test func pInformedIsTheStepsOwn() throws {
        var modelsWithIt: [ModelKind] = []
        for kind in ModelKind.allCases {
            var shell = shell(kind)
            for line in tradingLines(kind) {
                guard let command = try Parser.parse(Array(line.utf8), model: kind) else { continue }
                var copy = shell.shell
                guard let step = try? copy.execute(command, text: line).step else { continue }
                let reply = try #require(send(&shell, line))
                #expect(reply.record.pInformed == step.informedProbability, "\(kind): \(line)")
                if let p = step.informedProbability {
                    modelsWithIt.append(kind)
                    #expect(reply.record.json.contains("\"p_informed\":\(p)"), "\(kind): \(line): \(reply.record.json)")
                }
            }
        }
        // The check holds something: some model's steps compute the probability.
        #expect(!modelsWithIt.isEmpty)
    }

    /// The rule. A model's identifiers are the names of its parameters and of its help topics.
    /// Another model's identifier that this model does not use — not among its identifiers or its
    /// verbs, and not a word of its own texts (its topics, its own verbs, its wording overrides,
    /// its omission lines), which say what its vocabulary is — belongs to that other model, and
    /// `help` and `help VERB` here must not use it, unless the line says whose it is (`the binary
    /// model's`, `model kyle`, `binary: …`), as the games and drills of other models are listed.
    /// Model names, the program's own name, and a name most models use (`mean`) are nobody's:
    /// they are the field's words. So the binary model's `alpha`,
    /// `prior` and `bayes` (`Bayes' rule`) have no place under Roll's model.
    @Test func helpSpeaksOnlyTheModelsOwnVocabulary() throws {
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
        }
        func identifiers(_ kind: ModelKind) -> Set<String> {
            Set((kind.parameters.map(\.name) + kind.helpTopics.map(\.name)).map { $0.lowercased() })
        }
        func ownTexts(_ kind: ModelKind) -> [String] {
            let d = kind.descriptor
            return d.helpTopics.map(\.text) + d.verbs.flatMap { [$0.usage, $0.summary, $0.details] }
                + Array(d.verbSummaries.values) + Array(d.verbDetails.values) + Array(d.omittedVerbs.values)
                + [d.summary, d.truth.meaning, d.truth.accepts] + d.parameters.flatMap { [$0.meaning, $0.accepts] }
        }
        let all = ModelKind.allCases
        let common = Set(all.flatMap(identifiers)).filter { word in
            all.filter { identifiers($0).contains(word) }.count * 2 > all.count
        }
        let nobodys = Set(all.map(\.rawValue) + ["glosten"]).union(common)
        /// Whether the line says that what it tells is `other`'s.
        func names(_ line: String, _ other: ModelKind) -> Bool {
            let (lower, m) = (line.lowercased(), other.rawValue)
            let aside = lower.range(of: "(model ").map { lower[$0.upperBound...].prefix { $0 != ")" } } ?? ""
            return lower.contains("model \(m)") || lower.contains("\(m) model") || lower.contains("\(m): ")
                || aside.split(separator: " ").contains(Substring(m))
        }
        for kind in ModelKind.allCases {
            let own = identifiers(kind).union(kind.verbs.flatMap { [$0.name] + $0.aliases })
                .union(ownTexts(kind).flatMap(words)).union(nobodys)
            var shell = shell(kind)
            // Every verb's help, `help detail`, and the lines `set detail` says (its wording is the model's).
            let commands =
                ["help"] + kind.verbs.map { "help \($0.name)" } + ["help detail", "set detail brief", "set detail full"]
            for command in commands {
                let reply = try #require(send(&shell, command))
                #expect(reply.error == nil, "\(kind): \(command)")
                for line in reply.lines.map(\.plain) {
                    for other in all where other != kind && !names(line, other) {
                        let leaked = words(line).intersection(identifiers(other).subtracting(own))
                        #expect(
                            leaked.isEmpty, "\(kind): \(command) says \(other)'s \(leaked.sorted()): \(line)")
                    }
                }
            }
        }
    }

    /// No heading of `help` stands over nothing, under any model.
    @Test func helpHasNoEmptyHeading() throws {
        for kind in ModelKind.allCases {
            var shell = shell(kind)
            let lines = try #require(send(&shell, "help")).lines
            // The first line titles the whole list; every group heading after it heads rows.
            for (index, line) in lines.enumerated().dropFirst() where line.spans.first?.tone == .heading {
                let next = lines.indices.contains(index + 1) ? lines[index + 1] : nil
                #expect(next != nil && next?.spans.first?.tone != .heading, "\(kind): empty heading '\(line.plain)'")
            }
        }
    }

    /// Each model's summary fits `model`'s 80-column line, marker and name included.
    @Test func everySummaryFitsItsLine() throws {
        var shell = Interpreter.forTests()
        let lines = try #require(send(&shell, "model")).lines.map(\.plain)
        for kind in ModelKind.allCases {
            #expect(kind.summary.count <= ModelDescriptor.summaryColumns, "\(kind): \(kind.summary)")
            let line = try #require(lines.first { $0.dropFirst(2).hasPrefix(kind.rawValue + " ") }, "\(kind)")
            #expect(line.hasSuffix(kind.summary) && line.count <= 80, "\(kind): \(line.count) columns: \(line)")
        }
    }

    /// The wording a model overrides in `help` is for a shared verb it keeps: an override of a
    /// verb that is not there (or that the model omits) would never show.
    @Test func overridesNameVerbsTheModelKeeps() {
        for kind in ModelKind.allCases {
            let d = kind.descriptor
            let problems = ModelDescriptor.verbProblems(
                own: d.verbs.map(\.name), omitted: Array(d.omittedVerbs.keys),
                overridden: [("verbSummaries", Array(d.verbSummaries.keys)), ("verbDetails", Array(d.verbDetails.keys))])
            #expect(problems.isEmpty, "\(kind): \(problems)")
            let shared = Set(verbTable.map(\.name))
            for name in Set(d.verbSummaries.keys).union(d.verbDetails.keys) {
                #expect(shared.contains(name) && kind.verb(named: name) != nil, "\(kind): override of '\(name)'")
            }
        }
        // The check itself refuses what it should: a misspelt override, one of an omitted verb.
        let bad = ModelDescriptor.verbProblems(
            own: [], omitted: ["compare"], overridden: [("verbSummaries", ["qoute", "compare"])])
        #expect(bad.count == 2 && bad.contains { $0.contains("'qoute'") } && bad.contains { $0.contains("omits") })
    }

    /// `compare models`, the shell's study of every model, runs under each model, is listed by
    /// its `help`, and leaves the market as it was.
    @Test func compareModelsRunsUnderEveryModel() throws {
        for kind in ModelKind.allCases {
            var shell = shell(kind)
            let before = record(shell)
            let reply = try #require(send(&shell, "compare models buy sell"))
            #expect(reply.error == nil, "\(kind): \(reply.plainText)")
            guard case .model? = reply.record.results else {
                Issue.record("\(kind): compare models gave no study's figures")
                continue
            }
            #expect(record(shell) == before, "\(kind)")
            #expect(try #require(send(&shell, "help")).plainText.contains("  compare models …"), "\(kind)")
        }
    }

    /// `set detail full` and `set detail brief` each confirm in one line that fits 80 columns (a
    /// lesson's screen shows it).
    @Test func detailLinesFitALine() throws {
        for kind in ModelKind.allCases {
            var shell = shell(kind)
            for command in ["set detail brief", "set detail full"] {
                let lines = try #require(send(&shell, command)).lines.map(\.plain)
                #expect(lines.count == 1 && (lines.first?.count ?? 81) <= 80, "\(kind): \(command): \(lines)")
            }
        }
    }

    /// `compare models` names each model it leaves out (a descriptor without `spreadSetBy`) in
    /// one line that says why, and plays every other model in a row of its own.
    @Test func compareModelsNamesWhatItLeavesOut() throws {
        var shell = Interpreter.forTests()
        let lines = try #require(send(&shell, "compare models buy")).lines.map(\.plain)
        for kind in ModelKind.allCases {
            let out = lines.filter { $0.hasPrefix("\(kind.rawValue) is left out: ") }
            let row = lines.filter { $0.hasPrefix(Format.pad(kind.rawValue, 10)) && !$0.contains(" is left out: ") }
            if kind.descriptor.spreadSetBy == nil {
                #expect(out.count == 1 && row.isEmpty, "\(kind): \(lines)")
                #expect((out.first?.count ?? 0) > "\(kind.rawValue) is left out: ".count + 10, "\(kind): no reason")
            } else {
                #expect(out.isEmpty && row.count == 1, "\(kind): \(lines)")
            }
        }
        // The check holds something: the registry has a model on each side.
        #expect(ModelKind.allCases.contains { $0.descriptor.spreadSetBy == nil })
        #expect(ModelKind.allCases.contains { $0.descriptor.spreadSetBy != nil })
    }

    /// A model's own `--json` keys are the ones its descriptor lists (its `RecordField` enum's),
    /// each once, and every record it writes — after each trading verb and `state` — carries no
    /// other own key; the shell's keys are never a model's.
    @Test func recordFieldsAreTheDeclaredOnes() throws {
        let shared = Set(Record.CodingKeys.allCases.map(\.rawValue))
        for kind in ModelKind.allCases {
            let declared = kind.descriptor.recordFields
            #expect(!declared.isEmpty && Set(declared).count == declared.count, "\(kind): \(declared)")
            #expect(shared.isDisjoint(with: declared), "\(kind): \(shared.intersection(declared))")
            var shell = shell(kind)
            var written: Set<String> = []
            for line in tradingLines(kind) + ["state"] {
                let record = try #require(send(&shell, line)).record
                written.formUnion(record.fields.keys)
                let keys = Set(record.fields.keys)
                #expect(keys.isSubset(of: declared), "\(kind): \(line): \(keys.sorted())")
            }
            #expect(!written.isEmpty, "\(kind) wrote none of its fields")
        }
    }

    /// Documentation/Models/README.md lists each model's own `--json` keys, as its descriptor does.
    @Test func theModelsPageListsEachModelsFields() throws {
        let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Documentation/Models/README.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        for kind in ModelKind.allCases {
            let row = try #require(
                text.split(separator: "\n").first { $0.hasPrefix("| `\(kind.rawValue)` |") }, "\(kind)")
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let listed = cells.last?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
            #expect(listed == kind.descriptor.recordFields.map { "`\($0)`" }, "\(kind): \(row)")
        }
    }
}
