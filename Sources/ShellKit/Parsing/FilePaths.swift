import Foundation

/// File-name completion for the verbs that take a file (`export`, `save`).
enum FilePaths {
    /// The entries of the folder named by `partial` that start with its last part; folders end in `/`.
    static func completions(of partial: String) -> [String] {
        let slash = partial.lastIndex(of: "/")
        let folder = slash.map { String(partial[...$0]) } ?? ""
        let stem = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        let expanded = folder.hasPrefix("~/") ? NSHomeDirectory() + folder.dropFirst() : folder
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: expanded.isEmpty ? "." : expanded)) ?? []
        // A name with a control character is left out: no command line may hold one (the parser
        // refuses it), and shown in a list it could drive the terminal (retitle it, clear it).
        let typeable = listed.filter { name in (try? Parser.checkedText(Array(name.utf8))) != nil }
        return typeable.filter { $0.hasPrefix(stem) && (!$0.hasPrefix(".") || stem.hasPrefix(".")) }.sorted().map {
            name in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: (expanded.isEmpty ? "" : expanded) + name, isDirectory: &isDirectory)
            return folder + name + (isDirectory.boolValue ? "/" : "")
        }
    }
}
