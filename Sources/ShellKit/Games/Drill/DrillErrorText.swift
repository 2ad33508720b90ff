/// The drill's error lines: ErrorText hands the drill's cases here, so they are worded in one file.
extension ShellError {
    var drillMessage: String {
        switch self {
        case .badDrill(let problem, let model):
            "drill: \(problem.message(model)); usage \(drillVerb.usage)"
        case .noDrill:
            "no drill is open; drill starts one (help drill)"
        case .drillAndLesson(let drillOpen):
            drillOpen
                ? "a drill is open: finish it, or quit it (drill quit), before starting a lesson"
                : "a lesson is playing: quit it (lesson quit) before starting a drill"
        case .drillDuringGame:
            "a game is being played: finish it, or leave it (quit), before starting a drill"
        default:
            message
        }
    }
}

extension DrillProblem {
    package func message(_ model: ModelKind) -> String {
        let kinds = DrillKind.kinds(of: model).map(\.rawValue).joined(separator: ", ")
        return switch self {
        case .unknownKind(let word): "'\(printable(word))' is not a kind of \(model.rawValue)-model drill (\(kinds))"
        case .unknownKeyword(let key): "unknown setting '\(printable(key))' (seed, count)"
        case .missingValue(let key): "\(key) needs a value"
        case .badSeed(let text): "seed takes a whole number of at least 0, not '\(printable(text))'"
        case .badCount(let text): "count takes a whole number from 1 to \(DrillSet.largest), not '\(printable(text))'"
        case .noDrills(let offeredBy):
            "the \(model.rawValue) model has no drills yet (\(offeredBy.joined(separator: ", ")) have them)"
        }
    }
}
