#if canImport(Glibc)
import Glibc
#endif

/// Where libedit gets typed characters: the terminal, read one byte at a time as libedit's own
/// reader reads it (so nothing typed ahead for the pager or the next prompt is taken early), and
/// decoded here.
///
/// libedit's own reader silently drops bytes that are not UTF-8, so a line with a bad byte ran as
/// if the byte were not there. Here each ill-formed sequence becomes U+FFFD, shown where it was
/// typed, and is counted, so that `EditLineReader` hands the shell a line the shell refuses, as it
/// refuses such a line from a pipe.
///
/// The contract is that of libedit's built-in reader (`read_char` in its read.c): 1 with a
/// character; 0 at the end of input; -1 with errno set on an error, EINTR included. glosten's
/// signal handlers are installed without SA_RESTART and libedit's own signal handling is off, so
/// Ctrl-C ends `el_wgets` with EINTR as before; SIGWINCH is not caught, so a resize never
/// interrupts a read. A character begun when a read fails goes with the line.
enum TypedCharacters {
    /// How many U+FFFD this reader gave for ill-formed bytes since `startLine()`.
    nonisolated(unsafe) private(set) static var marksGiven = 0
    nonisolated(unsafe) private static var assembler = UTF8Assembler()
    /// A byte read but not yet given: it came after a sequence cut short.
    nonisolated(unsafe) private static var held: UInt8?

    /// The mark given for ill-formed bytes.
    static let mark: Unicode.Scalar = "\u{FFFD}"
    /// The key given when `Notices` printed lines above the prompt: bound to a redraw of the line.
    /// It is Ctrl-\\, which the terminal turns into SIGQUIT, so it is never typed as a key.
    static let redraw: Unicode.Scalar = "\u{1C}"

    /// Starts counting the marks given for a new line.
    static func startLine() { marksGiven = 0 }

    /// Reads the terminal (standard input, where libedit was opened) up to the next whole
    /// character or ill-formed sequence, and puts it in `character`.
    static func read(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        while true {
            let byte: UInt8
            if let waiting = held {
                held = nil
                byte = waiting
            } else {
                // Between two characters, lines posted from another thread may be shown.
                if !assembler.isPartway {
                    switch Notices.awaitKey() {
                    case .typed: break
                    case .shown:
                        character.pointee = wchar_t(redraw.value)
                        return 1
                    case .failed: return failed(-1, character)
                    }
                }
                var fresh: UInt8 = 0
                let count = Glibc.read(STDIN_FILENO, &fresh, 1)
                guard count == 1 else { return failed(count, character) }
                byte = fresh
            }
            switch assembler.take(byte) {
            case .incomplete:
                continue
            case .character(let scalar):
                character.pointee = wchar_t(scalar.value)
                return 1
            case .illFormed:
                return giveMark(character)
            case .illFormedBefore:
                held = byte
                return giveMark(character)
            }
        }
    }

    private static func giveMark(_ character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        marksGiven += 1
        character.pointee = wchar_t(mark.value)
        return 1
    }

    /// A read that gave no byte (`count` 0: the end of input; -1: an error in errno).
    private static func failed(_ count: Int, _ character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        let error = errno
        let cutShort = assembler.isPartway
        assembler.reset()
        // The end of input after part of a character: that part is ill-formed; the next read
        // meets the end again.
        if count == 0 && cutShort { return giveMark(character) }
        character.pointee = 0
        errno = error
        return count == 0 ? 0 : -1
    }
}
