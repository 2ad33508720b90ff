import Foundation

/// A model's help text, read from the Markdown file its module embeds (`Help/NAME.md`, through
/// SwiftPM's `.embedInCode`): the topics `help TOPIC` explains and the verbs' wording that differs
/// from the shared verb table's. The file is a title line, then one section per entry:
///
///     # Help under model roll
///
///     ## topic model roll        (one text, shown under each name, in this order)
///     ## summary buy             (`help`'s one-line summary of a shared verb)
///     ## details buy             (`help buy`)
///
/// A section's text is one paragraph: its lines are joined with single spaces, so a long text
/// wraps in the file and reads back as the one line the shell wraps to the screen. `{KEY}` is
/// replaced by the adapter's substitution for KEY (a list the code owns, such as export columns).
/// Whether a summary or details key is a verb the model keeps is `ModelDescriptor`'s check.
package struct HelpDocument: Sendable {
    /// The concepts, in the file's order (`help model` first by convention).
    package private(set) var topics: [(name: String, text: String)] = []
    /// `help`'s one-line summaries, by verb name.
    package private(set) var summaries: [String: String] = [:]
    /// `help VERB` texts, by verb name.
    package private(set) var details: [String: String] = [:]

    /// What is wrong with a help file, naming the file, the line and the section.
    package struct Malformed: Error, Equatable, CustomStringConvertible {
        package let file: String
        package let line: Int
        package let reason: String
        package var description: String { "\(file), line \(line): \(reason)" }
    }

    /// No help of its own: the verb table's wording throughout.
    init() {}

    /// The section kinds a heading may name.
    private static let kinds = ["topic", "summary", "details"]

    /// Reads a help file's text; throws `Malformed` at the first section that is not one of the
    /// accepted shapes, or when a substitution is never used.
    package init(parsing text: String, file: String, substitutions: [String: String] = [:]) throws(Malformed) {
        var heading: (kind: String, names: [String], line: Int, text: String)? = nil
        var body: [Substring] = []
        var bodyEnded = false
        var used = Set<String>()
        func fail(_ line: Int, _ reason: String) -> Malformed { Malformed(file: file, line: line, reason: reason) }
        func close() throws(Malformed) {
            guard let open = heading else { return }
            guard !body.isEmpty else { throw fail(open.line, "the section '\(open.text)' has no text") }
            var joined = body.joined(separator: " ")
            for (key, value) in substitutions where joined.contains("{\(key)}") {
                joined = joined.replacingOccurrences(of: "{\(key)}", with: value)
                used.insert(key)
            }
            for name in open.names {
                let taken =
                    open.kind == "topic"
                    ? topics.contains { $0.name == name }
                    : (open.kind == "summary" ? summaries : details)[name] != nil
                if taken { throw fail(open.line, "'\(open.text)': \(open.kind) '\(name)' is already given above") }
                switch open.kind {
                case "topic": topics.append((name, joined))
                case "summary": summaries[name] = joined
                default: details[name] = joined
                }
            }
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("## ") {
                try close()
                let words = line.dropFirst(3).split(separator: " ").map(String.init)
                guard let kind = words.first, Self.kinds.contains(kind) else {
                    throw fail(
                        number,
                        "the section '\(line)' is not one of: ## topic NAME [NAME…], ## summary VERB, ## details VERB")
                }
                let names = Array(words.dropFirst())
                guard kind == "topic" ? !names.isEmpty : names.count == 1 else {
                    throw fail(
                        number,
                        "the section '\(line)' names \(names.count) \(kind == "topic" ? "topics" : "verbs"); ## \(kind) takes \(kind == "topic" ? "one or more" : "exactly one")"
                    )
                }
                heading = (kind, names, number, String(line))
                (body, bodyEnded) = ([], false)
            } else if heading == nil {
                guard trimmed.isEmpty || (number == 1 && line.hasPrefix("# ")) else {
                    throw fail(number, "text before the first section: a help file is a '# ' title, then ## sections")
                }
            } else if trimmed.isEmpty {
                bodyEnded = !body.isEmpty
            } else if line.hasPrefix("#") {
                throw fail(number, "'\(line)' is no section heading: ## topic NAME, ## summary VERB or ## details VERB")
            } else if bodyEnded, let open = heading {
                throw fail(number, "the section '\(open.text)' has a second paragraph; each help text is one paragraph")
            } else {
                body.append(Substring(trimmed))
            }
        }
        try close()
        if let unused = substitutions.keys.filter({ !used.contains($0) }).sorted().first {
            throw fail(lines.count, "no section uses the substitution {\(unused)}")
        }
    }

    /// A module's embedded help file (`PackageResources.NAME_md`), stopping the program with the
    /// file's complaint when it is malformed: the tests open every model, so this cannot ship.
    package init(embedded bytes: [UInt8], file: String, substitutions: [String: String] = [:]) {
        do {
            try self.init(parsing: String(decoding: bytes, as: UTF8.self), file: file, substitutions: substitutions)
        } catch {
            preconditionFailure("\(error)")
        }
    }
}
