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
/// turned into values right here. It writes no file: the executable saves the history, in the
/// format `history(merging:adding:)` makes.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private var event = HistEvent()
    /// Whether the history file given at start could not be read (it is not a libedit history).
    public private(set) var historyUnreadable = false

    /// Whether text kept for the next line holds U+FFFD: the pager decoded what was typed at
    /// `-- more --`, so there U+FFFD stands for bytes that were not UTF-8.
    private var keptMarks = false

    /// How many lines the history keeps.
    public static let historySize: Int32 = 1000

    /// Opens libedit on the standard streams, loads the history file `historyFile` when given (a
    /// regular file: the caller checks), and completes the word before the cursor with `complete`
    /// (which gets the line up to the cursor).
    public init?(programName: String, historyFile: String?, complete: @escaping (String) -> [String]) {
        Self.useUTF8Locale()
        guard let editor = glosten_el_init(programName) else { return nil }
        guard let history = Self.newHistory() else {
            el_end(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        completionSource = complete
        _ = glosten_el_set_editor(editor, "emacs")
        _ = glosten_el_set_history(editor, history)
        _ = glosten_el_set_prompt(editor) { _ in currentPrompt }
        // Typed bytes are decoded by glosten, which marks bad ones instead of dropping them.
        _ = glosten_el_set_getcfn(editor) { _, character in
            character.map(TypedCharacters.read(into:)) ?? -1
        }
        _ = glosten_el_add_function(
            editor, "glosten-complete", "complete the word",
            { editor, _ in
                editor.map(EditLineReader.complete) ?? UInt8(GLOSTEN_CC_NORM)
            })
        _ = glosten_el_bind(editor, "^I", "glosten-complete")
        // Lines shown above the prompt while typing (`Notices`): the prompt and the line again.
        _ = glosten_el_add_function(
            editor, "glosten-redraw", "show the line again", { _, _ in UInt8(GLOSTEN_CC_REDISPLAY) })
        _ = glosten_el_bind(editor, "^\\", "glosten-redraw")
        _ = glosten_el_bind(editor, "^R", "em-inc-search-prev")
        _ = glosten_el_source(editor, nil)
        if let historyFile, glosten_history_load(history, &event, historyFile) < 0 {
            historyUnreadable = true
        }
    }

    deinit {
        history_end(history)
        el_end(editor)
    }

    private static func newHistory() -> OpaquePointer? {
        guard let history = history_init() else { return nil }
        var event = HistEvent()
        _ = glosten_history_set_size(history, &event, historySize)
        _ = glosten_history_set_unique(history, &event, 1)
        return history
    }

    public func read(prompt: String) -> LineEvent {
        free(currentPrompt)
        currentPrompt = strdup(prompt)
        var count: Int32 = 0
        errno = 0
        TypedCharacters.startLine()
        Notices.beginReading()
        let raw = el_wgets(editor, &count)
        Notices.endReading()
        let marked = keptMarks || TypedCharacters.marksGiven > 0
        keptMarks = false
        guard let raw, count > 0 else {
            // Interrupted by a signal (Ctrl-C); any other failure (the terminal went away) ends input.
            return errno == EINTR ? .interrupt : .end
        }
        var bytes = Self.bytes(of: UnsafeBufferPointer(start: raw, count: Int(count)), marked: marked)
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        return .line(bytes)
    }

    /// A line's characters as UTF-8; when the line was `marked` (its typing held bytes that were
    /// not UTF-8), each U+FFFD as the byte 0xFF, so the shell refuses the line, naming the column,
    /// as it refuses such a line from a pipe. (A U+FFFD typed whole, in a line without bad bytes,
    /// is text.)
    private static func bytes(of line: UnsafeBufferPointer<wchar_t>, marked: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.count)
        for character in line {
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: character)),
                !(marked && scalar == TypedCharacters.mark)
            else {
                bytes.append(0xFF)
                continue
            }
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return bytes
    }

    /// Puts `text` on the next line being edited, as if typed (without Enter): what the learner
    /// typed at the pager waits at the prompt, to be run or changed.
    public func keep(_ text: String) {
        if text.unicodeScalars.contains(TypedCharacters.mark) { keptMarks = true }
        el_push(editor, text)
    }

    /// libedit drops UTF-8 input unless LC_CTYPE names a UTF-8 locale; fall back to C.UTF-8.
    private static func useUTF8Locale() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if chosen == "C" || chosen == "POSIX" { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    /// Adds a non-blank line to this session's history (up arrow, Ctrl-R).
    public func remember(_ line: String) {
        guard line.contains(where: { $0 != " " && $0 != "\t" }) else { return }
        _ = glosten_history_enter(history, &event, line)
    }

    /// A history file's bytes: the lines of the file at `path` (a regular file, or nil for none)
    /// followed by `lines`, the newest `historySize` kept. Nil when `path` is not a libedit history.
    public static func history(merging path: String?, adding lines: [String]) -> [UInt8]? {
        guard let scratch = newHistory() else { return nil }
        defer { history_end(scratch) }
        var event = HistEvent()
        if let path, glosten_history_load(scratch, &event, path) < 0 { return nil }
        for line in lines { _ = glosten_history_enter(scratch, &event, line) }
        // libedit saves only into a FILE with a descriptor (it sets the file's mode), so into an
        // anonymous temporary file, read back at once.
        guard let stream = tmpfile() else { return nil }
        defer { fclose(stream) }
        guard glosten_history_save_fp(scratch, &event, stream) >= 0, fflush(stream) == 0 else { return nil }
        rewind(stream)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 14)
        while true {
            let n = fread(&chunk, 1, chunk.count, stream)
            bytes.append(contentsOf: chunk[..<n])
            if n < chunk.count { break }
        }
        return ferror(stream) == 0 ? bytes : nil
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
