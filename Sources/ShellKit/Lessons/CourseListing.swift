/// `lesson` alone: the lessons in course order, part by part, each with the learner's progress,
/// its length in steps and minutes, and its title; then the next lesson to take and how a teacher
/// shows one to a room.
extension LessonPlayer {
    func listLessons() throws(ShellError) -> [Line] {
        guard let library else { throw .lessonLookup(.noFolder) }
        let (names, course) = (library.names, library.course)
        let others = Course.Part(title: "other lessons", lessons: names.filter { course.rank(of: $0) == nil })
        var lines = [Line("lessons in course order (lesson NAME starts or resumes one)", .heading)]
        for part in course.parts + [others] {
            let shown = part.lessons.filter(names.contains)
            guard !shown.isEmpty else { continue }
            lines.append(Line(part.title, .heading))
            lines += shown.map { row(for: $0, in: library) }
        }
        if let next = names.first(where: { progress[$0]?.done != true }) {
            lines.append(Line("next: lesson \(next)"))
        } else {
            lines.append(Line("every lesson is done; restart in a lesson takes it again"))
        }
        lines.append(
            Line("to show one to a room: lesson NAME present, or glosten --lesson NAME --present", .dim))
        if names.contains(where: { progress[$0]?.done == true && progress[$0]?.score != nil }) {
            lines.append(Line("(done n/m: n of the lesson's m questions right when it was last finished)", .dim))
        }
        return lines
    }

    /// `  bayes         new          5 steps, ~10 min  Bayes' rule with two states`
    private func row(for name: String, in library: LessonLibrary) -> Line {
        let state =
            progress[name].map { saved in
                guard saved.done else { return "step \(saved.step + 1)/\(saved.total)" }
                return "done" + (saved.score.map { " \($0.right)/\($0.questions)" } ?? "")
            } ?? "new"
        guard let lesson = try? library.lesson(named: name) else {
            return Line(Format.pad("  " + name, 16) + Format.pad(state, 12) + "(cannot be read: lesson check \(name) says why)")
        }
        let length = "\(lesson.steps.count) steps, ~\(Course.minutes(of: lesson)) min"
        return Line(Format.pad("  " + name, 16) + Format.pad(state, 11) + Format.pad(length, 19) + lesson.title)
    }
}
