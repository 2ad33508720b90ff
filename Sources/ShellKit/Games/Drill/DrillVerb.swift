/// The `drill` row of the verb table.
let drillVerb = Verb(
    name: "drill", group: .lessons, aliases: ["drills"], arguments: .drill,
    usage: "drill [KIND] [seed S] [count N] | drill quit",
    summary: "practice: exercises from the current model with checked answers and worked solutions",
    details:
        "Draws exercises from the current model with round numbers (count N, default \(DrillSet.defaultCount); without a KIND the kinds are dealt in shuffled rounds, so a set at least as long as the model's list of kinds holds every kind; the same seed and count give everyone the same exercises, a teacher's homework). Numbers are checked to 2 decimals, within ±\(Format.number(Exercise.tolerance)); yes/no questions take yes or no; a number may be typed as arithmetic (6+1.9383, 0.3*0.4/0.47). A wrong answer shows the next step of the worked solution, the arithmetic buy, sell, explain or flow print; after the last step (or a wrong yes or no) it shows the answer. hint shows the next step without an answer, skip the rest of the solution and the answer, again the question, solution (after a right answer) that exercise's worked solution, quit (or drill quit) leaves with the place kept. Other commands work meanwhile on your own market, which the drill never changes. The score counts exercises right first time (no step shown), right after steps shown, and revealed.",
    make: { .shell(.drill($0.drill ?? .start(kind: nil, seed: nil, count: nil))) },
    detailsForModels: drillKindsText)

/// `Kinds: binary: posterior (P(V = high) after an order), …; normal: …`, for `help drill`.
@Sendable private func drillKindsText(_ models: ModelCatalog) -> String {
    "Kinds: "
        + models.kinds.filter { !DrillKind.kinds(of: $0).isEmpty }.map { model in
            "\(model.rawValue): "
                + DrillKind.kinds(of: model).map { "\($0.rawValue) (\($0.summary(model)))" }.joined(separator: ", ")
        }.joined(separator: "; ") + "."
}
