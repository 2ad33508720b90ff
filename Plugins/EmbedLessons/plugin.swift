import Foundation
import PackagePlugin

/// Carries the package's lessons inside the `glosten` binary: before the executable is compiled,
/// `embed-lessons` writes every `lessons/*.md` (but README.md) into a Swift source file, so a copy
/// of the binary anywhere still finds them.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "lessons")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" && $0.lastPathComponent.lowercased() != "readme.md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) lessons in \(target.name)",
                executable: try context.tool(named: "embed-lessons").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files + [folder],
                outputFiles: [output]
            )
        ]
    }
}
