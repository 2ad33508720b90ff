/// The lesson player: the lessons it can find, the learner's progress, the lesson being played
/// (with its own market) and the question waiting for an answer. Its verbs are handed the
/// learner's shell: exploring between steps runs there, and the player swaps the lesson's market
/// in and out of it. The lesson's blocks run on shells of their own (`lessonShell`).
package struct LessonPlayer: Sendable {
    /// Where `lesson NAME` finds lessons; nil when there is no lessons folder.
    package let library: LessonLibrary?
    let progressStore: any ProgressStore
    package var progress: [String: LessonProgress]
    /// The lesson being played, if any.
    package var play: LessonPlay?
    /// Warnings about files (progress) not yet shown.
    var warnings: [String] = []
    /// Whether the last progress save failed and was warned about (a failing store warns once).
    var progressWarned = false
    /// The Bayes step of the lesson's last command that succeeded (for `p_informed` in expectations).
    package var lastStep: (any ModelStep)?

    package init(library: LessonLibrary?, progress store: any ProgressStore) {
        self.library = library
        progressStore = store
        let loaded = store.load()
        progress = Self.usable(loaded.progress)
        if let warning = loaded.warning { warnings.append(warning.message) }
    }

    /// The entries of a progress file the player takes: plausible ones, of lessons it could name.
    package static func usable(_ progress: [String: LessonProgress]) -> [String: LessonProgress] {
        progress.filter { LessonLibrary.isValidName($0.key) && $0.value.isPlausible }
    }

    /// `[example-1 2/7]`-style status for the prompt, with the pending question's label.
    package var status: (position: String, question: String?)? {
        play.map { ($0.status, $0.pending.map(\.prediction.promptLabel)) }
    }
}
