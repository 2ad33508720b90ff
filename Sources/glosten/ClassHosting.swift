import Foundation
import LineReading
import ShellKit

/// `class open` typed in an ordinary interactive shell: the class server started then, as
/// `glosten host` starts it (built the first time, a child over a pipe, its commentary shown above
/// the prompt), with this shell as the console; `class close` ends it, and a later `class open`
/// starts another. Scripts never start a server: they get `classNeedsHost`'s line.
final class ClassHosting: @unchecked Sendable {
    private let lock = NSLock()
    private var link: HostLink?
    private let output: Output

    init(output: Output) { self.output = output }

    /// Runs one console command: on the open class, or `class open` opening one.
    func console(_ command: ClassCommand) -> [Line] {
        if let link = lock.withLock({ self.link }) {
            let lines = link.send(command).map { Line($0) }
            if case .close = command { end() }
            return lines
        }
        guard case .open(_, let port, let bind) = command else {
            return [Line("no class is open: class open opens one (students join from a browser)", .error)]
        }
        guard let binary = HostBinary.ready(output: output) else { return [] }  // it said why
        let output = self.output
        do {
            let listen = (port.map { ["--port", String($0)] } ?? []) + (bind.map { ["--bind", $0] } ?? [])
            let (link, opened) = try HostLink.start(binary, listen) { line in
                Notices.post(output.screenLines(Line(line)).joined(separator: "\n") + "\n")
            }
            guard let opened, opened["event"] == "listening" else {
                link.close()
                return [Line("the class server did not start (it said why above); the shell goes on without it", .error)]
            }
            lock.withLock { self.link = link }
            return HostCommand.banner(opened) + link.send(command).map { Line($0) }
        } catch {
            return [Line("cannot start the class server \(binary): \(error.localizedDescription)", .error)]
        }
    }

    /// Ends the class server, if one is running (at `class close` and when the shell ends).
    func end() {
        let link = lock.withLock { () -> HostLink? in
            defer { self.link = nil }
            return self.link
        }
        link?.close()
    }
}
