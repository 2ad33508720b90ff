import Foundation
import Testing

/// The lessons ship inside the binary: a copy of it in a folder of its own, far from the package,
/// lists them, plays them, and checks them.
@Test func aCopiedBinaryFindsTheLessons() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glosten-copy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("glosten")
    try FileManager.default.copyItem(at: try Binary.located.get(), to: copy)

    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let shipped = try FileManager.default.contentsOfDirectory(atPath: package.appendingPathComponent("lessons").path)
        .filter { $0.hasSuffix(".md") && $0 != "README.md" }.map { String($0.dropLast(3)) }.sorted()

    func glosten(_ commands: String) throws -> String {
        let process = Process()
        process.executableURL = copy
        process.arguments = ["-c", commands]
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        // A test running beside this one may fork while the copy is still open for writing here,
        // and the exec then fails with "text file busy" for a moment: try again.
        for attempt in 1...50 {
            do {
                try process.run()
                break
            } catch let error as NSError
                where attempt < 50 && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == 26
            {
                usleep(100_000)
            }
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(commands): \(String(decoding: data, as: UTF8.self))")
        return String(decoding: data, as: UTF8.self)
    }

    // One row per lesson, indented under its part of the course.
    let listed = try glosten("lesson").split(separator: "\n").filter { $0.hasPrefix("  ") }
        .compactMap { $0.split(separator: " ").first.map(String.init) }.sorted()
    #expect(listed == shipped)
    // Each built-in lesson is the file as it is now, and passes its own checks.
    let checked = try glosten("lesson check")
    for name in shipped {
        #expect(checked.contains("\(name).md (built in): ok:"), "\(name) not checked: \(checked)")
        let text = try String(contentsOf: package.appendingPathComponent("lessons/\(name).md"), encoding: .utf8)
        let title = text.split(separator: "\n").first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)) } ?? name
        #expect(try glosten("lesson play \(name)").contains("step 1 of"), "\(name) did not play")
        #expect(try glosten("lesson").contains(title))
    }
}
