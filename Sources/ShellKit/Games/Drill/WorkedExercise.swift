import Foundation

/// An exercise's words (setting, question, worked steps, commands), built the first time one is
/// read. Dealing an exercise then costs only its answer: `glosten verify` replays thousands of
/// drill items and reads no word of them, while the drill prints exactly what it printed before.
final class WorkedExercise: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Exercise?
    private let build: @Sendable () -> Exercise

    /// Words to build on first reading, by `build` (the model's full exercise).
    init(_ build: @escaping @Sendable () -> Exercise) {
        self.build = build
    }

    /// The full exercise, built once.
    var exercise: Exercise {
        lock.withLock {
            if let built { return built }
            let made = build()
            built = made
            return made
        }
    }
}
