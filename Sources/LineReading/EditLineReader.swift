import CEditLine
#if canImport(Glibc)
import Glibc
#endif

/// The prompt libedit asks for through a C callback, which cannot capture Swift state.
nonisolated(unsafe) private var currentPrompt: UnsafeMutablePointer<CChar> = strdup("> ")
/// The completion source the Tab key function asks; set by `EditLineReader.init`.
nonisolated(unsafe) private var completionSource: (String) -> [String] = { _ in [] }

/// Reads lines from a terminal with libedit: emacs keys, history with up/down and Ctrl-R,
/// Tab completion, and Ctrl-C that drops the line.
///
/// This is the only file that touches libedit. Its calls return C status codes, which are
/// turned into values right here.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private var event = HistEvent()
    private let historyFile: String?
    /// A problem with the history file not yet reported; the shell goes on without the file.
    private var pendingWarning: String?
    /// Whether a history problem was already reported (each is reported once).
    private var warned = false

    /// Opens libedit on the standard streams, loads `historyFile` when given, and completes
    /// the word before the cursor with `complete` (which gets the line up to the cursor).
    public init?(programName: String, historyFile: String?, complete: @escaping (String) -> [String]) {
        Self.useUTF8Locale()
        guard let editor = glosten_el_init(programName) else { return nil }
        guard let history = history_init() else {
            el_end(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        self.historyFile = historyFile
        completionSource = complete
        _ = glosten_history_set_size(history, &event, 1000)
        _ = glosten_history_set_unique(history, &event, 1)
        _ = glosten_el_set_editor(editor, "emacs")
        _ = glosten_el_set_history(editor, history)
        _ = glosten_el_set_prompt(editor) { _ in currentPrompt }
        _ = glosten_el_add_function(editor, "glosten-complete", "complete the word", { editor, _ in
            editor.map(EditLineReader.complete) ?? UInt8(GLOSTEN_CC_NORM)
        })
        _ = glosten_el_bind(editor, "^I", "glosten-complete")
        _ = glosten_el_bind(editor, "^R", "em-inc-search-prev")
        _ = glosten_el_source(editor, nil)
        loadHistory()
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
        remember(bytes)
        return .line(bytes)
    }

    /// libedit drops UTF-8 input unless LC_CTYPE names a UTF-8 locale; fall back to C.UTF-8.
    private static func useUTF8Locale() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if chosen == "C" || chosen == "POSIX" { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    private func loadHistory() {
        guard let historyFile, access(historyFile, F_OK) == 0 else { return }
        if glosten_history_load(history, &event, historyFile) < 0 {
            warn("could not read the history file \(historyFile) (not a libedit history?); starting with an empty history")
        }
    }

    /// Adds a non-blank line to the history and saves the file at once, so a killed shell loses nothing.
    private func remember(_ bytes: [UInt8]) {
        guard bytes.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return }
        _ = glosten_history_enter(history, &event, String(decoding: bytes, as: UTF8.self))
        guard let historyFile else { return }
        // Written beside the file and renamed over it, so a crash or a full disk never leaves
        // half a history: what was saved before survives.
        let temporary = historyFile + ".tmp-\(getpid())"
        var written = stat()
        let saved = glosten_history_save(history, &event, temporary) >= 0 && stat(temporary, &written) == 0
            && Int(written.st_size) >= bytes.count + 13  // "_HiStOrY_V2_\n" and at least this line: nothing was cut short
        if !saved || rename(temporary, historyFile) != 0 {
            unlink(temporary)
            warn("could not write the history file \(historyFile); this session's lines will not be kept")
        }
    }

    private func warn(_ message: String) {
        guard !warned else { return }
        warned = true
        pendingWarning = message
    }

    /// The history problem to report, once; nil when there is none or it was already taken.
    public func takeWarning() -> String? {
        defer { pendingWarning = nil }
        return pendingWarning
    }

    /// Tab: inserts the rest of a unique completion and a space, or the common prefix of several
    /// (listing them when there is nothing more to insert). Never rings the bell.
    private static func complete(_ editor: OpaquePointer) -> UInt8 {
        guard let info = el_line(editor)?.pointee else { return UInt8(GLOSTEN_CC_NORM) }
        let length = info.cursor - info.buffer
        let before = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: length), as: UTF8.self)
        let word = before.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let candidates = completionSource(before)
        guard !candidates.isEmpty else { return UInt8(GLOSTEN_CC_NORM) }
        var common = candidates[0]
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(common) { common.removeLast() }
        }
        if candidates.count == 1 {
            el_insertstr(editor, String(common.dropFirst(word.count)) + (common.hasSuffix("/") ? "" : " "))
            return UInt8(GLOSTEN_CC_REFRESH)
        }
        if common.count > word.count {
            el_insertstr(editor, String(common.dropFirst(word.count)))
            return UInt8(GLOSTEN_CC_REFRESH)
        }
        let list = "\n" + candidates.joined(separator: "  ") + "\n"
        _ = list.withCString { fputs($0, glosten_stdout()) }
        return UInt8(GLOSTEN_CC_REDISPLAY)
    }
}
