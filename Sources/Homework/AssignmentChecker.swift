import ShellKit

/// What `glosten assignment check` adds to the parser: every name the file uses is one the
/// shell knows (models, lessons, drill kinds, games under their model), and every value of every
/// `set` line is one the shell accepts under the item's model.
public enum AssignmentChecker {
    /// The problems, each with its line; none for a good assignment.
    public static func problems(
        _ assignment: Assignment, models: ModelCatalog, lessons: [String]
    ) -> [AssignmentError] {
        var found: [AssignmentError] = []
        var checkedSettings = Set<Int>()
        func add(_ line: Int, _ problem: AssignmentProblem) {
            found.append(AssignmentError(path: assignment.path, line: line, problem: problem))
        }
        for item in assignment.items {
            guard let model = item.model.map(models.named) ?? models.opening else {
                add(item.line, .unknownModel(item.model ?? "", accepted: models.kinds.map(\.rawValue)))
                continue
            }
            for setting in item.settings where !checkedSettings.contains(setting.line) {
                checkedSettings.insert(setting.line)
                for value in setting.values {
                    if let reason = refusal(of: "set \(setting.name) \(value)", model: model, models: models) {
                        add(setting.line, .badSetting(value: "\(setting.name) \(value)", reason: reason))
                    }
                }
            }
            switch item.work {
            case .lesson(let name):
                if !lessons.contains(name) { add(item.line, .unknownLesson(name, accepted: lessons.sorted())) }
            case .drill(let kind, _):
                let kinds = DrillKind.kinds(of: model).map(\.rawValue)
                if kinds.isEmpty {
                    add(item.line, .noDrills(model: model.rawValue))
                } else if let kind, !kinds.contains(kind) {
                    add(item.line, .unknownDrillKind(kind, model: model.rawValue, accepted: kinds))
                }
            case .maker(let rule, _) where rule != MakerRule.compete.rawValue:
                add(item.line, .gameNotYet("maker \(rule)"))
            case .maker, .insider:
                let verb = item.label.split(separator: " ").first.map(String.init) ?? "maker"
                guard model.verb(named: verb) != nil else {
                    add(item.line, .notInModel(verb: verb, model: model.rawValue))
                    continue
                }
                // Dealt as a student would be (any seed): settings the game refuses, or a day too long for a code.
                let setup = StudentDerivation.setup(assignment, student: "", item: item, opening: models.opening)
                if let reason = refusal(of: GameReplay.command(item, seed: 1), setup: setup, models: models) {
                    add(item.line, .badSetting(value: item.label, reason: reason))
                } else if let length = GameReplay.start(item, setup: setup, seed: 1, models: models)?.game?.grade.length,
                    length > AssignmentSyntax.largestRounds
                {
                    add(item.line, .gameTooLong(length))
                }
            }
        }
        return found.sorted { $0.line < $1.line }
    }

    /// The shell's refusal of `command` under `model`, or nil when it runs.
    static func refusal(of command: String, model: ModelKind, models: ModelCatalog) -> String? {
        refusal(of: command, setup: ["model \(model.rawValue)"], models: models)
    }

    /// The shell's refusal of the `setup` lines or of `command` after them, or nil when all run.
    static func refusal(of command: String, setup: [String], models: ModelCatalog) -> String? {
        var shell = Interpreter(models: models)
        for line in setup + [command] {
            if let reply = shell.run(line: Array(line.utf8)), let error = reply.record.error { return error }
        }
        return nil
    }
}
