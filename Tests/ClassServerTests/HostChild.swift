import Foundation

/// The built `glosten-host` run as a child process, its standard output read as JSON lines.
final class HostChild: @unchecked Sendable {
    let process = Process()
    private let output = Pipe()
    private var buffer = Data()

    /// The binary beside the test bundle (`.build/debug/glosten-host`).
    static var binary: URL {
        var folder = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("glosten-host").path),
            folder.pathComponents.count > 1
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("glosten-host")
    }

    static func start(_ arguments: [String]) throws -> HostChild {
        let child = HostChild()
        child.process.executableURL = binary
        child.process.arguments = arguments
        child.process.standardOutput = child.output
        child.process.standardInput = Pipe()
        try child.process.run()
        return child
    }

    /// The next line of standard output, decoded (blocks; the child writes it on start).
    func readEvent() throws -> [String: String] {
        while !buffer.contains(UInt8(ascii: "\n")) {
            let more = output.fileHandleForReading.availableData
            guard !more.isEmpty else { throw CocoaError(.fileReadUnknown) }
            buffer += more
        }
        let end = buffer.firstIndex(of: UInt8(ascii: "\n"))!
        let line = buffer[..<end]
        buffer = Data(buffer[(end + 1)...])
        return try JSONDecoder().decode([String: String].self, from: line)
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
