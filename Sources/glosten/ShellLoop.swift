import Foundation
import LineReading
import MarketModel
import ModelRegistry
import ShellKit

/// The read–run–show loop, for a script and for a person at a terminal.
struct ShellLoop {
    let output: Output
    let keepGoing: Bool
    private var interpreter: Interpreter
    /// The homework being played (`glosten homework`), which sees each line first.
    var homework: HomeworkKeeper?

    init(output: Output, keepGoing: Bool, interpreter: Interpreter) {
        self.output = output
        self.keepGoing = keepGoing
        self.interpreter = interpreter
        self.interpreter.shouldStop = { Interruption.isRequested }
        self.interpreter.display = Terminal.display
        if Terminal.isInteractive(2) {
            self.interpreter.reportProgress = { Terminal.showProgress($0, done: $1, of: $2) }
        }
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
        if let opening = openHomework() { output.show(opening) }
        while case .line(let bytes) = reader.read(prompt: "") {
            number += 1
            guard var reply = runLine(bytes) else { continue }
            if let source = reply.homework, reply.error == nil {
                // In a script the line after `homework FILE` answers `student id>`, unless the id is kept.
                reply = startHomework(source, typed: reply.record.command) {
                    guard case .line(let id) = reader.read(prompt: "") else { return nil }
                    number += 1
                    return String(decoding: id, as: UTF8.self)
                }
            }
            output.show(reply, location: "\(label):\(number)")
            for warning in interpreter.takeWarnings() {
                output.note(Line("warning: \(warning)", .warning), error: true)
            }
            if let signal = Interruption.terminationSignal { return 128 + signal }
            if Interruption.isRequested { return 130 }
            if reply.error != nil {
                failed = true
                if !keepGoing { return 1 }
            }
            if reply.quits { break }
        }
        if let signal = Interruption.terminationSignal { return 128 + signal }
        if Interruption.isRequested { return 130 }
        return failed ? 1 : 0
    }

    /// At a terminal, the interactive loop (opening `lesson` when given); otherwise standard input
    /// read as a script. Returns the exit status.
    mutating func runStandardInput(startingWith lesson: String? = nil) -> Int32 {
        if Terminal.isInteractive(0) { return runInteractive(startingWith: lesson) }
        var reader = PlainReader(descriptor: 0, keep: Parser.maximumLineBytes, shouldStop: { Interruption.isRequested })
        return runScript(reader: &reader, label: "stdin")
    }

    /// Runs at a terminal with libedit. Errors never end the session; Ctrl-D leaves.
    mutating func runInteractive(startingWith lesson: String?) -> Int32 {
        let history = StateFolder.historyPath().map(HistoryFile.init)
        // Completion reads the model in force when Tab is pressed: `model normal` changes the names.
        let model = ModelInForce(interpreter.session.kind)
        let complete = { [names = interpreter.library?.names ?? []] in
            HomeworkStart.shippedNames(completing: $0)
                + Completion.candidates(for: $0, lessons: names, model: model.kind, models: glostenModels)
        }
        guard let reader = EditLineReader(programName: "glosten", historyFile: history?.loadable, complete: complete)
        else {
            var plain = PlainReader(
                descriptor: 0, keep: Parser.maximumLineBytes, shouldStop: { Interruption.isRequested })
            return runScript(reader: &plain, label: "stdin")
        }
        if reader.historyUnreadable { history?.loadFailed() }
        output.note(
            Line("glosten \(glostenVersion) — type buy to trade, help for commands, lesson bayes to learn.", .dim))
        if let opening = openHomework() { show(opening, keepingTypedIn: reader) }
        if let lesson, let reply = interpreter.run(line: Array("lesson \(lesson)".utf8)) {
            if let slides = reply.slides, reply.error == nil {
                Presenter(output: output).present(slides)
                return 0
            }
            show(reply, keepingTypedIn: reader)
        }
        while true {
            if let warning = history?.takeWarning() { output.note(Line("warning: \(warning)", .warning), error: true) }
            for warning in interpreter.takeWarnings() {
                output.note(Line("warning: \(warning)", .warning), error: true)
            }
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
                // A line the shell refuses as too long is not kept: it could never run.
                if bytes.count <= Parser.maximumLineBytes {
                    let text = String(decoding: bytes, as: UTF8.self)
                    reader.remember(text)
                    if text.contains(where: { $0 != " " && $0 != "\t" }) { history?.append(text) }
                }
                interpreter.display = Terminal.display
                guard var reply = runLine(bytes) else { continue }
                if let source = reply.homework, reply.error == nil {
                    reply = startHomework(source, typed: reply.record.command) {
                        guard case .line(let id) = reader.read(prompt: "student id> ") else { return nil }
                        return String(decoding: id, as: UTF8.self)
                    }
                }
                model.kind = interpreter.session.kind
                if let slides = reply.slides, reply.error == nil {
                    Presenter(output: output).present(slides)
                    continue
                }
                show(reply, keepingTypedIn: reader)
                if reply.quits { return 0 }
                if let signal = Interruption.terminationSignal { return 128 + signal }
            }
        }
    }

    /// One line, through the homework when one is played (its code saved when the work changed).
    private mutating func runLine(_ bytes: [UInt8]) -> Reply? {
        guard var keeper = homework else { return interpreter.run(line: bytes) }
        let reply = keeper.session.run(line: bytes, &interpreter)
        if let warning = keeper.save() { output.note(Line("warning: \(warning)", .warning), error: true) }
        homework = keeper
        return reply
    }

    /// The homework's opening (its first unfinished item started), when one is played.
    private mutating func openHomework() -> Reply? {
        guard var keeper = homework else { return nil }
        let lines = keeper.session.open(&interpreter)
        if let warning = keeper.save() { output.note(Line("warning: \(warning)", .warning), error: true) }
        homework = keeper
        return Reply(lines: lines, record: Record(command: "homework", session: interpreter.session.model, step: nil))
    }

    /// `homework FILE` typed in the shell: the homework started (asking the student id once), or
    /// the line that says why not.
    private mutating func startHomework(_ source: String, typed: String, ask: () -> String?) -> Reply {
        switch HomeworkStart.keeper(source, ask: ask) {
        case .failure(let error):
            var record = Record(command: typed, session: interpreter.session.model, step: nil)
            record.error = error.message
            return Reply(lines: [Line(error.message, .error)], record: record, error: error)
        case .success(let (keeper, warning)):
            if let warning { output.note(Line(warning, .warning), error: true) }
            homework = keeper
            return openHomework() ?? Reply(lines: [], record: Record(command: typed, session: interpreter.session.model, step: nil))
        }
    }

    /// Shows a reply through the pager; what the learner typed at `-- more --` waits at the next prompt.
    private func show(_ reply: Reply, keepingTypedIn reader: EditLineReader) {
        let pager = Pager.current
        output.show(reply, pager: pager)
        if let kept = pager?.takeKept() { reader.keep(kept) }
    }

    /// `t=3 100.98|101.98> ` in free play (the clock and the quotes), else the input mode: `[bayes 2/7] …> `.
    private var prompt: String {
        interpreter.inputMode.prompt(clock: interpreter.session.model.clock)
    }
}

/// The model the shell runs, as the completion callback reads it between commands.
final class ModelInForce {
    var kind: ModelKind
    init(_ kind: ModelKind) { self.kind = kind }
}

/// A reader over lines already in memory.
struct ArrayReader: LineReader {
    let next: () -> [UInt8]?

    mutating func read(prompt: String) -> LineEvent {
        next().map(LineEvent.line) ?? .end
    }
}
