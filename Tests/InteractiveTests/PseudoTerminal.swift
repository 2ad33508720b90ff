import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The real `glosten` binary under a pseudo-terminal: keys in, screen text out.
final class PseudoTerminal {
    private let pid: pid_t
    private var master: Int32
    private var output: [UInt8] = []
    private var status: Int32?

    /// Starts the binary under a new pty of `columns` × `rows` with exactly `environment`; with
    /// `standardError`, the shell's stderr is that file instead of the terminal.
    init(
        arguments: [String] = [], environment: [String: String], columns: UInt16 = 100, rows: UInt16 = 30,
        standardError: String? = nil
    ) throws {
        let binary = try Self.binary()
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        let pid = forkpty(&master, nil, nil, &size)
        if pid == 0 {
            if let standardError {
                let descriptor = open(standardError, O_WRONLY)
                if descriptor >= 0 { dup2(descriptor, 2) }
            }
            execve(binary, argv, envp)
            _exit(127)
        }
        guard pid > 0 else { throw PseudoTerminalError.forkFailed(errno) }
        self.pid = pid
        self.master = master
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var raw: Int32 = 0
            waitpid(pid, &raw, 0)
        }
        if master >= 0 { close(master) }
    }

    /// The shell's process id.
    var processID: pid_t { pid }

    /// Closes the terminal, as when its window is closed: the shell gets SIGHUP and its terminal is gone.
    func hangUp() {
        drain()
        close(master)
        master = -1
    }

    /// The built binary: $GLOSTEN_BIN, or `glosten` beside the test runner.
    static func binary() throws -> String {
        if let explicit = ProcessInfo.processInfo.environment["GLOSTEN_BIN"] { return explicit }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("glosten").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        throw PseudoTerminalError.binaryNotFound(CommandLine.arguments[0])
    }

    /// Types `keys`, a few hundred bytes at a time, reading the screen in between so neither side blocks.
    func type(_ keys: String) {
        type(bytes: Array(keys.utf8))
    }

    /// Types raw bytes, which need not be UTF-8 (a terminal set to another encoding, a bad paste).
    func type(bytes keys: [UInt8]) {
        var bytes = keys[...]
        while !bytes.isEmpty {
            let chunk = bytes.prefix(256)
            let written = chunk.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 { bytes = bytes.dropFirst(written) }
            drain()
            if written <= 0 { usleep(2_000) }
        }
    }

    /// Waits until the screen text (escape sequences removed) shows `needle` `times` times; false on timeout.
    @discardableResult
    func waitFor(_ needle: String, times: Int = 1, seconds: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            drain()
            if screen.components(separatedBy: needle).count > times { return true }
            usleep(10_000)
        }
        return false
    }

    /// Waits until the shell shows a prompt and is waiting for a key (the screen ends in "> ").
    ///
    /// Keys typed before the prompt can meet the terminal in cooked mode, between two reads of the
    /// line editor; a person never types that fast, so the tests wait as a person would.
    @discardableResult
    func waitForPrompt(seconds: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            drain()
            if screen.hasSuffix("> ") {
                usleep(20_000)
                drain()
                if screen.hasSuffix("> ") { return true }
            }
            usleep(10_000)
        }
        return false
    }

    /// Types a line at the next prompt.
    func enter(_ line: String) {
        waitForPrompt()
        type(line + "\r")
    }

    /// Presses Ctrl-D at the next prompt and returns the exit status.
    func leave() -> Int32? {
        waitForPrompt()
        type("\u{04}")
        return waitForExit()
    }

    /// Waits for the process to end and returns its exit status (128 + N when killed by signal N).
    func waitForExit(seconds: Double = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            drain()
            var raw: Int32 = 0
            if waitpid(pid, &raw, WNOHANG) == pid {
                let signal = raw & 0x7F
                status = signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
                drain()
                return status
            }
            usleep(10_000)
        }
        return nil
    }

    /// Resizes the terminal, as when its window is dragged (the shell gets SIGWINCH).
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Sends a signal to the shell.
    func signal(_ number: Int32) { kill(pid, number) }

    /// Everything shown so far, with escape sequences and carriage returns removed.
    var screen: String { Self.stripped(raw) }

    /// Everything shown so far, as the terminal received it (read up to now).
    var raw: String {
        drain()
        return String(decoding: output, as: UTF8.self)
    }

    /// Forgets what was shown so far, so the next `waitFor` sees only new output.
    func clear() {
        drain()
        output.removeAll()
    }

    private func drain() {
        guard master >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard n > 0 else { return }
            output.append(contentsOf: buffer[..<n])
        }
    }

    /// Removes ANSI escape sequences (CSI … final byte, and two-byte ESC x) and carriage returns.
    static func stripped(_ text: String) -> String {
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                guard let next = iterator.next() else { break }
                if next == "[" {
                    while let c = iterator.next(), !(0x40...0x7E).contains(c.value) {}
                }
                continue
            }
            if scalar == "\r" || scalar == "\u{07}" { continue }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

enum PseudoTerminalError: Error, CustomStringConvertible {
    case forkFailed(Int32)
    case binaryNotFound(String)

    var description: String {
        switch self {
        case .forkFailed(let code): "forkpty failed with errno \(code)"
        case .binaryNotFound(let runner): "no glosten binary beside \(runner); run swift build first or set GLOSTEN_BIN"
        }
    }
}
