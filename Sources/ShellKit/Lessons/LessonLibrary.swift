import Foundation

/// The folder of lessons, or the lessons carried in the binary: lists them and reads one by
/// name, never outside the folder.
public struct LessonLibrary: Sendable {
    public let folder: URL
    /// Lessons carried in the binary (name → Markdown); when not empty, the folder is not read.
    package let embedded: [String: String]
    /// The course its lessons are listed in (the shell gives the one its models declare); lessons
    /// outside it come after, alphabetically.
    public internal(set) var course = Course.none

    public init(folder: URL) {
        self.folder = folder
        embedded = [:]
    }

    /// The lessons shipped inside the program, by name.
    public init(shipped lessons: [String: String]) {
        folder = URL(fileURLWithPath: "(built in)")
        embedded = lessons
    }

    /// $GLOSTEN_LESSONS, else a `lessons` folder beside the executable or above it (the package's
    /// own when run from `.build`), else `./lessons`, else the lessons shipped in the program. Nil
    /// when none holds a lesson.
    public static func find(
        executable: String, environment: [String: String], shipped: [String: String] = [:]
    ) -> LessonLibrary? {
        if let explicit = environment["GLOSTEN_LESSONS"], !explicit.isEmpty {
            return LessonLibrary(folder: URL(fileURLWithPath: explicit))
        }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        var candidates: [URL] = []
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("lessons"))
            folder.deleteLastPathComponent()
        }
        candidates.append(
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("lessons"))
        let found = candidates.map { LessonLibrary(folder: $0) }.first { !$0.names.isEmpty }
        return found ?? (shipped.isEmpty ? nil : LessonLibrary(shipped: shipped))
    }

    /// The same lessons, listed in `course`.
    public func following(_ course: Course) -> LessonLibrary {
        var library = self
        library.course = course
        return library
    }

    /// The lesson names (files `NAME.md`, except README.md): the course's order, then any other
    /// lesson alphabetically.
    public var names: [String] {
        let ranks = Dictionary(uniqueKeysWithValues: course.order.enumerated().map { ($1, $0) })
        let order = { (a: String, b: String) -> Bool in
            let (first, second) = (ranks[a] ?? .max, ranks[b] ?? .max)
            return first != second ? first < second : a < b
        }
        if !embedded.isEmpty { return embedded.keys.filter(Self.isValidName).sorted(by: order) }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" }
            .map { String($0.dropLast(3)) }.filter(Self.isValidName).sorted(by: order)
    }

    /// Reads a lesson by name; the name must be a plain word, so `../x` or `/etc/x` cannot escape the folder.
    /// Throws `.lessonLookup` when there is no such lesson, `.lesson` when it cannot be read or parsed.
    public func lesson(named name: String) throws(ShellError) -> Lesson {
        let plain = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        guard Self.isValidName(plain) else { throw .lessonLookup(.badName(name)) }
        guard names.contains(plain) else {
            throw .lessonLookup(.notFound(plain, suggestion: Suggestion.nearest(to: plain, among: names)))
        }
        do throws(LessonError) {
            if let text = embedded[plain] {
                return try LessonParser.parse(text, name: plain, path: "\(plain).md (built in)")
            }
            return try Self.read(path: folder.appendingPathComponent(plain + ".md").path, name: plain)
        } catch {
            throw .lesson(error)
        }
    }

    /// Reads and parses a lesson file at any path (for `lesson check FILE`).
    public static func read(path: String, name: String? = nil) throws(LessonError) -> Lesson {
        let limit = 1 << 20
        // The size is checked before anything is read, and nothing but a regular file is opened
        // (a FIFO could block forever, a device never end).
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw LessonError(path: path, line: nil, problem: .unreadable(.cannotRead))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw LessonError(path: path, line: nil, problem: .unreadable(.notARegularFile))
        }
        guard status.st_size <= limit else {
            throw LessonError(path: path, line: nil, problem: .unreadable(.tooLarge(limit: limit)))
        }
        guard let handle = FileHandle(forReadingAtPath: path),
            let data = try? handle.read(upToCount: limit + 1) ?? Data()
        else {
            throw LessonError(path: path, line: nil, problem: .unreadable(.cannotRead))
        }
        try? handle.close()
        guard data.count <= limit else {
            throw LessonError(path: path, line: nil, problem: .unreadable(.tooLarge(limit: limit)))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LessonError(path: path, line: nil, problem: .unreadable(.notUTF8))
        }
        let base = name ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try LessonParser.parse(text, name: base, path: path)
    }

    /// Lowercase letters, digits, `-` and `_`, starting with a letter or digit, and not a word of
    /// `lesson`'s syntax (`quit`, `check`, `present`), so that every lesson can be started and presented.
    static func isValidName(_ name: String) -> Bool {
        guard LessonRequestSyntax.isFreeName(name), let first = name.unicodeScalars.first, name.count <= 64,
            CharacterSet.lowercaseLetters.contains(first) || CharacterSet.decimalDigits.contains(first)
        else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}
