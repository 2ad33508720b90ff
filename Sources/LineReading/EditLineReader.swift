import CEditLine
#if canImport(Glibc)
import Glibc
#endif

/// The prompt libedit asks for through a C callback, which cannot capture Swift state.
nonisolated(unsafe) private var currentPrompt: UnsafeMutablePointer<CChar> = strdup("> ")

/// Reads lines from a terminal with libedit: line editing, history, emacs keys.
///
/// This is the only file that touches libedit. Its calls return C status codes, which are
/// turned into values right here.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private var event = HistEvent()
    private let historyFile: String?
    /// Set when the history file could not be read or written, so the warning is given once.
    public private(set) var historyWarning: String?

    /// Opens libedit on the process's standard streams; loads `historyFile` when given.
    public init?(programName: String, historyFile: String?) {
        guard let editor = glosten_el_init(programName) else { return nil }
        guard let history = history_init() else {
            el_end(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        self.historyFile = historyFile
        _ = glosten_history_set_size(history, &event, 1000)
        _ = glosten_history_set_unique(history, &event, 1)
        _ = glosten_el_set_editor(editor, "emacs")
        _ = glosten_el_set_history(editor, history)
        _ = glosten_el_set_prompt(editor) { _ in currentPrompt }
        _ = glosten_el_source(editor, nil)
        if let historyFile, access(historyFile, F_OK) == 0, glosten_history_load(history, &event, historyFile) < 0 {
            historyWarning = "could not read the history file \(historyFile); starting with an empty history"
        }
    }

    deinit {
        history_end(history)
        el_end(editor)
    }

    public func read(prompt: String) -> LineEvent {
        free(currentPrompt)
        currentPrompt = strdup(prompt)
        var count: Int32 = 0
        errno = 0
        guard let raw = el_gets(editor, &count), count > 0 else {
            return count < 0 || errno == EINTR ? .interrupt : .end
        }
        var bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: Int(strlen(raw))))
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        remember(raw: raw, bytes: bytes)
        return .line(bytes)
    }

    /// Adds a non-blank line to the history and saves the file at once, so a killed shell loses nothing.
    private func remember(raw: UnsafePointer<CChar>, bytes: [UInt8]) {
        guard bytes.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return }
        let line = String(decoding: bytes, as: UTF8.self)
        _ = glosten_history_enter(history, &event, line)
        if let historyFile, glosten_history_save(history, &event, historyFile) < 0, historyWarning == nil {
            historyWarning = "could not write the history file \(historyFile); history will not be kept"
        }
    }
}
