import Foundation
import LineReading
import MarketModel
import TeachingShell

/// The read–run–show loop, for a script and for a person at a terminal.
struct ShellLoop {
    let output: Output
    let keepGoing: Bool
    private var interpreter: Interpreter

    init(output: Output, keepGoing: Bool, interpreter: Interpreter) {
        self.output = output
        self.keepGoing = keepGoing
        self.interpreter = interpreter
        self.interpreter.shouldStop = { Interruption.isRequested }
        self.interpreter.display = Terminal.display
        if Terminal.isInteractive(2) { self.interpreter.reportProgress = { Terminal.showProgress(done: $0, of: $1) } }
    }

    /// Runs script lines; the first error stops with `LABEL:LINE: message` unless keep-going.
    /// Returns the exit status.
    mutating func runScript(_ lines: [[UInt8]], label: String) -> Int32 {
        var iterator = lines.makeIterator()
        var source = ArrayReader { iterator.next() }
        return runScript(reader: &source, label: label)
    }

    mutating func runScript(reader: inout some LineReader, label: String) -> Int32 {
        var number = 0
        var failed = false
        while case .line(let bytes) = reader.read(prompt: "") {
            number += 1
            guard let reply = interpreter.run(line: bytes) else { continue }
            output.show(reply, location: "\(label):\(number)")
            for warning in interpreter.takeWarnings() { output.note(Line("warning: \(warning)", .warning), error: true) }
            if let signal = Interruption.terminationSignal { return 128 + signal }
            if Interruption.isRequested { return 130 }
            if reply.error != nil {
                failed = true
                if !keepGoing { return 1 }
            }
            if reply.quits { break }
        }
        return failed ? 1 : 0
    }

    /// Runs at a terminal with libedit. Errors never end the session; Ctrl-D leaves.
    mutating func runInteractive(startingWith lesson: String?) -> Int32 {
        guard let reader = EditLineReader(programName: "glosten", historyFile: HistoryFile.path, complete: { [names = interpreter.library?.names ?? []] in Completion.candidates(for: $0, lessons: names) }) else {
            var plain = PlainReader(descriptor: 0, keep: Parser.maximumLineBytes)
            return runScript(reader: &plain, label: "stdin")
        }
        output.note(Line("glosten \(glostenVersion) — type buy to trade, help for commands, lesson bayes to learn.", .dim))
        if let lesson, let reply = interpreter.run(line: Array("lesson \(lesson)".utf8)) {
            if let slides = reply.slides, reply.error == nil {
                Presenter(output: output).present(slides)
                return 0
            }
            output.show(reply, pager: Pager.current)
        }
        while true {
            if let warning = reader.takeWarning() { output.note(Line("warning: \(warning)", .warning), error: true) }
            for warning in interpreter.takeWarnings() { output.note(Line("warning: \(warning)", .warning), error: true) }
            Interruption.clear()
            let event = reader.read(prompt: prompt)
            if let signal = Interruption.terminationSignal {
                output.note(Line(""))
                return 128 + signal
            }
            switch event {
            case .end:
                output.note(Line(""))
                return 0
            case .interrupt:
                output.note(Line(""))
                continue
            case .line(let bytes):
                interpreter.display = Terminal.display
                guard let reply = interpreter.run(line: bytes) else { continue }
                if let slides = reply.slides, reply.error == nil {
                    Presenter(output: output).present(slides)
                    continue
                }
                output.show(reply, pager: Pager.current)
                if reply.quits { return 0 }
                if let signal = Interruption.terminationSignal { return 128 + signal }
            }
        }
    }

    /// `t=3 100.98|101.98> `: the clock and the quotes in a few characters.
    private var prompt: String {
        let market = interpreter.session.market
        let quote = market.quote
        func short(_ side: SideQuote) -> String {
            guard let price = side.price else { return "—" }
            return side.isOpen ? String(format: "%.2f", price) : "×"
        }
        let clock = "t=\(market.time) \(short(quote.bid))|\(short(quote.ask))"
        guard let lesson = interpreter.lessonStatus else { return clock + "> " }
        if let question = lesson.question { return "[\(lesson.position)] \(question)> " }
        return "[\(lesson.position)] \(clock)> "
    }
}

/// A reader over lines already in memory.
struct ArrayReader: LineReader {
    let next: () -> [UInt8]?

    mutating func read(prompt: String) -> LineEvent {
        next().map(LineEvent.line) ?? .end
    }
}

/// Where history is kept: $GLOSTEN_HISTORY, else $XDG_STATE_HOME/glosten/history,
/// else ~/.local/state/glosten/history.
enum HistoryFile {
    static var path: String? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["GLOSTEN_HISTORY"], !explicit.isEmpty {
            let folder = URL(fileURLWithPath: explicit).deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return explicit
        }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.local/state" }
        guard let state else { return nil }
        let folder = state + "/glosten"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/history"
    }
}
