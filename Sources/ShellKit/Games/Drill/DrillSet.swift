/// A set of drill exercises, as a teacher hands it out: the same model, kind, seed and count give
/// the same exercises to everyone.
package struct DrillSet: Sendable {
    package let model: ModelKind
    /// The kind asked for; nil mixes the model's kinds.
    package let kind: DrillKind?
    package let seed: UInt64
    package let exercises: [Exercise]

    /// The most exercises one set holds.
    package static let largest = 100
    /// The count when none is given.
    static let defaultCount = 5

    package init(model: ModelKind, kind: DrillKind?, seed: UInt64, count: Int) {
        self.model = model
        self.kind = kind
        self.seed = seed
        guard let drills = model.descriptor.drills else {
            preconditionFailure("the parser refuses drill under a model with no drills")
        }
        var draw = DrillDraw(seed: seed)
        // A mixed set deals the kinds in rounds, each round in a shuffled order: a set of at
        // least as many exercises as kinds holds every kind.
        var dealt: [DrillKind] = []
        var exercises: [Exercise] = []
        for _ in 0..<count {
            if kind == nil, dealt.isEmpty { dealt = draw.shuffled(drills.kinds) }
            exercises.append(drills.draw(kind ?? dealt.removeFirst(), &draw))
        }
        self.exercises = exercises
    }

    /// `every kind (posterior, quote, …)` when the set holds each of the model's kinds, else
    /// `mixed kinds`; for the set's first line.
    var kindsText: String {
        let kinds = DrillKind.kinds(of: model)
        let every = Set(exercises.map(\.kind)).count == kinds.count
        return (every ? "every kind" : "mixed kinds") + " (" + kinds.map(\.rawValue).joined(separator: ", ") + ")"
    }

    /// The set's name in the progress file: `drill-binary-mixed-seed-7-count-5`.
    package var key: String { Self.key(model: model, kind: kind, seed: seed, count: exercises.count) }

    package static func key(model: ModelKind, kind: DrillKind?, seed: UInt64, count: Int) -> String {
        "drill-\(model.rawValue)-\(kind?.rawValue ?? "mixed")-seed-\(seed)-count-\(count)"
    }

    /// `drill quote seed 7 count 5`: the command that gives this set again.
    package var command: String {
        ["drill", kind?.rawValue, "seed \(seed)", "count \(exercises.count)"].compactMap { $0 }.joined(separator: " ")
    }
}
