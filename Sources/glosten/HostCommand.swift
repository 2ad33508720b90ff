import Foundation
import LineReading
import ShellKit

/// `glosten host [--port P] [--bind ADDR] [--db FILE] [--resume FILE]`: hosts a live class. Builds
/// the class server the first time (it is its own product, so the solo shell never waits for it),
/// starts it as a child, shows the join address, the code and a QR code, then runs this shell as
/// the teacher's console, with `class …` sent to the child. `glosten bots …` runs the child's
/// robot students.
enum HostCommand {
    static func main(_ arguments: [String]) -> Int32 {
        let output = Output(json: false, colour: Output.wantsColour(flag: false))
        guard let binary = HostBinary.ready(output: output) else { return 1 }
        if arguments.first == "bots" { return HostBinary.replace(with: binary, arguments) }
        let link: HostLink
        let opened: [String: String]?
        do {
            // The class's commentary (joins, orders) arrives while the teacher may be typing: it is
            // shown above her prompt and her line drawn again (`Notices`).
            (link, opened) = try HostLink.start(binary, arguments) { line in
                Notices.post(output.screenLines(Line(line)).joined(separator: "\n") + "\n")
            }
        } catch {
            output.fail("glosten host: cannot start \(binary): \(error.localizedDescription)")
            return 1
        }
        guard let opened, opened["event"] == "listening" else {
            link.close()
            return 2  // the child said why on standard error
        }
        for line in banner(opened) { output.note(line) }
        var interpreter = ShellCommand.interpreter(keepsProgress: Terminal.isInteractive(0))
        interpreter.classConsole = { command in link.send(command).map { Line($0) } }
        // `glosten host --model normal`: the teacher's shell opens under the class's model, so that
        // `class start`, which plays the shell's model and settings, plays it.
        if let flag = arguments.firstIndex(of: "--model"), flag + 1 < arguments.count {
            _ = interpreter.run(line: Array("model \(arguments[flag + 1])".utf8))
        }
        var loop = ShellLoop(output: output, keepGoing: true, interpreter: interpreter)
        let status: Int32
        if Terminal.isInteractive(0) {
            status = loop.runInteractive(startingWith: nil)
        } else {
            var reader = PlainReader(descriptor: 0, keep: Parser.maximumLineBytes, shouldStop: { Interruption.isRequested })
            status = loop.runScript(reader: &reader, label: "stdin")
        }
        link.close()
        return status
    }

    /// What the room reads on the projector: where to go, the code, the QR code, the log file.
    static func banner(_ opened: [String: String]) -> [Line] {
        let address = opened["address"] ?? "?"
        var lines = [
            Line("Class open. Students: open \(address) and type the code \(opened["code"] ?? "?").", .heading)
        ]
        lines += (opened["qr"] ?? "").split(separator: "\n").map { Line(String($0)) }
        lines.append(Line("Every event is written to \(opened["database"] ?? "?") (glosten host --resume continues it).", .dim))
        lines.append(Line("class start trade|makers plays this shell's model and settings; help class", .dim))
        return lines
    }
}

/// Finding (and the first time building) `glosten-host` beside this binary.
enum HostBinary {
    /// The path of `glosten-host`, built first if it is missing and this binary sits in a package's
    /// `.build` folder; nil, said why, if neither.
    static func ready(output: Output) -> String? {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let folder = me.deletingLastPathComponent()
        let binary = folder.appendingPathComponent("glosten-host").path
        if FileManager.default.isExecutableFile(atPath: binary) { return binary }
        let configuration = folder.lastPathComponent == "release" ? "release" : "debug"
        var root = folder
        while root.pathComponents.count > 1 && root.lastPathComponent != ".build" { root.deleteLastPathComponent() }
        root.deleteLastPathComponent()
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) else {
            output.fail("glosten host: glosten-host is not beside \(me.path); build it with swift build --product glosten-host")
            return nil
        }
        output.note(
            Line("glosten host: building the class server the first time (a few minutes: Hummingbird, SQLite) ...", .dim),
            error: true)
        let build = Process()
        build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        build.arguments = ["swift", "build", "--package-path", root.path, "-c", configuration, "--product", "glosten-host"]
        let pipe = Pipe()
        build.standardOutput = pipe
        build.standardError = pipe
        var log = ""
        do { try build.run() } catch {
            output.fail("glosten host: cannot run swift build: \(error.localizedDescription)")
            return nil
        }
        // Progress: the build's `[done/total]` on one line of standard error.
        while case let data = pipe.fileHandleForReading.availableData, !data.isEmpty {
            let text = String(decoding: data, as: UTF8.self)
            log += text
            if let step = text.split(separator: "\n").last(where: { $0.hasPrefix("[") }), let end = step.firstIndex(of: "]") {
                StandardStream.write("\r  building \(step[...end])   ", to: 2)
            }
        }
        build.waitUntilExit()
        StandardStream.write("\r\u{1B}[K", to: 2)
        guard build.terminationStatus == 0, FileManager.default.isExecutableFile(atPath: binary) else {
            output.fail("glosten host: the build failed:\n" + log.split(separator: "\n").suffix(15).joined(separator: "\n"))
            return nil
        }
        return binary
    }

    /// Runs `glosten-host ARGUMENTS` in place of this process's work and returns its status.
    static func replace(with binary: String, _ arguments: [String]) -> Int32 {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: binary)
        child.arguments = arguments
        do { try child.run() } catch { return 1 }
        child.waitUntilExit()
        return child.terminationStatus
    }
}
