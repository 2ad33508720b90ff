import Foundation
import CopelandShell
import ModelRegistry
import ShellTestSupport
import Testing

@testable import ShellKit

/// Issue 24's promise, read off the source tree: a model is its pure module, its adapter module,
/// one registry line and its lessons; no shared file names it. Copeland–Galai, the newest model, is
/// the proof that nothing else changed when it came; every model in the registry is held to the
/// part of it the shell's own code can break (its name, and its lessons' names, written in ShellKit;
/// its own lessons named by another lesson).
struct ModelFootprintTests {
    /// The package's folder (this file is `Tests/TeachingShellTests/Models/…`).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every text file under `folder` (relative to the package), by its path from the package.
    static func files(under folder: String, ending suffix: String? = nil) -> [(path: String, text: String)] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var found: [(String, String)] = []
        for case let url as URL in walker where suffix.map(url.path.hasSuffix) ?? true {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            found.append((folder + "/" + url.path.dropFirst(base.path.count + 1), text))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// The lines of `text` that match `pattern`, numbered from 1.
    static func lines(of text: String, matching pattern: String, caseInsensitive: Bool = false) -> [Int] {
        let regex = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        return text.components(separatedBy: "\n").enumerated().compactMap { index, line in
            let range = NSRange(line.startIndex..., in: line)
            return regex?.firstMatch(in: line, range: range) == nil ? nil : index + 1
        }
    }

    @Test func theSourceTreeIsThere() {
        #expect(Self.files(under: "Sources/ShellKit", ending: ".swift").count > 50)
        #expect(Self.files(under: "lessons", ending: ".md").count >= 17)
    }

    /// In `Sources`, Copeland (any case) only in its two modules and the registry (its import and
    /// its line); in `lessons`, the model's name as commands write it (`model copeland`, `lesson
    /// copeland`) only in its own lesson. A lesson may cite the paper ("Copeland and Galai (1983)"),
    /// as `play` did before the model came.
    @Test func copelandIsItsModulesItsRegistryLineAndItsLesson() {
        let own = ["Sources/CopelandGalai/", "Sources/CopelandShell/"]
        let registry = "Sources/ModelRegistry/Registry.swift"
        for (path, text) in Self.files(under: "Sources") where !own.contains(where: path.hasPrefix) {
            let found = Self.lines(of: text, matching: "copeland", caseInsensitive: true)
            if path == registry {
                #expect(found.count == 2, "\(path): lines \(found): the import and the registry line only")
            } else {
                #expect(found.isEmpty, "\(path): lines \(found) name copeland")
            }
        }
        let lessons = ModelKind.copeland.descriptor.lessons
        #expect(lessons.own == ["copeland"] && lessons.opening == nil)
        for (path, text) in Self.files(under: "lessons", ending: ".md") where path != "lessons/copeland.md" {
            let found = Self.lines(of: text, matching: "\\bcopeland\\b")
            #expect(found.isEmpty, "\(path): lines \(found) name the copeland model or its lesson")
        }
    }

    /// ShellKit's code writes no model's name (`"kyle"`, `.pin`, `case pin`) nor any lesson a
    /// model declares (`"gm1985"`): a model's drills, quantities, lessons and wording are its own.
    @Test(arguments: glostenModels.kinds)
    func shellKitNamesNeitherTheModelNorItsLessons(model: ModelKind) {
        let name = NSRegularExpression.escapedPattern(for: model.rawValue)
        // `play` is also a word of `lesson`'s syntax (`lesson NAME play`), which the parser and
        // completion write; the lesson named play shares it.
        let lessons = ((model.descriptor.lessons.opening?.lessons ?? []) + model.descriptor.lessons.own).filter {
            $0 != "play"
        }
        let literals = ([model.rawValue] + lessons).map { "\"\(NSRegularExpression.escapedPattern(for: $0))\"" }
        let pattern = "\\.\(name)\\b|\\bcase \(name)\\b|" + literals.joined(separator: "|")
        for (path, text) in Self.files(under: "Sources/ShellKit", ending: ".swift") {
            let found = Self.lines(of: text, matching: pattern)
            #expect(found.isEmpty, "\(path): lines \(found) name the \(model.rawValue) model or one of its lessons")
        }
    }

    /// ShellKit's code writes no model's own verb (`"insider"`): how a verb reads under a model
    /// without it is worded by the model that has it (its descriptor's `elsewhere`).
    @Test(arguments: glostenModels.kinds)
    func shellKitNamesNoModelsOwnVerb(model: ModelKind) {
        let shared = Set(verbTable.map(\.name))
        let own = model.descriptor.verbs.map(\.name).filter { !shared.contains($0) }
        guard !own.isEmpty else { return }
        let pattern = own.map { "\"\(NSRegularExpression.escapedPattern(for: $0))\"" }.joined(separator: "|")
        for (path, text) in Self.files(under: "Sources/ShellKit", ending: ".swift") {
            let found = Self.lines(of: text, matching: pattern)
            #expect(found.isEmpty, "\(path): lines \(found) name a verb of the \(model.rawValue) model")
        }
    }

    /// ShellKit's strings send the learner to no model by name (`model kyle`, `under model kyle`):
    /// where a line names the models that have something, it reads them from the catalog.
    @Test(arguments: glostenModels.kinds)
    func shellKitsStringsNameNoModelToOpen(model: ModelKind) {
        let name = NSRegularExpression.escapedPattern(for: model.rawValue)
        let pattern = "^(?!\\s*//).*\"[^\"]*\\bmodels? \(name)\\b"
        for (path, text) in Self.files(under: "Sources/ShellKit", ending: ".swift") {
            let found = Self.lines(of: text, matching: pattern)
            #expect(found.isEmpty, "\(path): lines \(found) send the learner to model \(model.rawValue)")
        }
    }

    /// `maker quit` with no game names the maker game and each game a model plays with a verb of its
    /// own, under the models the catalog says have it: the registry's (Kyle's insider), and none
    /// in a catalog without such a model.
    @Test func noGameNamesTheGamesTheCatalogDeclares() {
        var shell = Interpreter.forTests()
        #expect(
            send(&shell, "maker quit")?.error?.message
                == "no game is being played: maker compete, maker monopoly or (under model kyle) insider starts one")
        var binaryOnly = Interpreter(models: ModelCatalog([glostenModels.kinds[0]]))
        #expect(
            send(&binaryOnly, "maker quit")?.error?.message
                == "no game is being played: maker compete or maker monopoly starts one")
        let offers = glostenModels.ownGames
        #expect(offers == [GameOffer(verb: "insider", models: ["kyle"])])
    }

    /// The closing lessons are the catalog's, so ShellKit names none of them either.
    @Test func shellKitNamesNoClosingLesson() {
        for lesson in glostenModels.closingLessons {
            for (path, text) in Self.files(under: "Sources/ShellKit", ending: ".swift") {
                #expect(Self.lines(of: text, matching: "\"\(lesson)\"").isEmpty, "\(path) names \(lesson)")
            }
        }
    }

    /// A model's own lessons are named (`lesson NAME`) by no other lesson, so adding, moving or
    /// removing a model's lessons edits no one else's file: the player names the next lesson.
    @Test(arguments: glostenModels.kinds)
    func noOtherLessonNamesAModelsLessons(model: ModelKind) {
        for lesson in model.descriptor.lessons.own {
            for (path, text) in Self.files(under: "lessons", ending: ".md") where path != "lessons/\(lesson).md" {
                let found = Self.lines(of: text, matching: "lesson `?\(NSRegularExpression.escapedPattern(for: lesson))\\b")
                #expect(found.isEmpty, "\(path): lines \(found) name lesson \(lesson)")
            }
        }
    }
}
