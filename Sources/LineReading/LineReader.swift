/// What reading one line produced.
public enum LineEvent: Equatable, Sendable {
    /// A line, without its newline, as raw bytes (the shell checks them).
    case line([UInt8])
    /// Ctrl-C at the prompt: the line was dropped.
    case interrupt
    /// End of input (Ctrl-D, or the end of a file or pipe).
    case end
}

/// Where the shell's lines come from. Only `EditLineReader` knows libedit exists.
public protocol LineReader {
    /// Reads one line, showing `prompt` if the reader is interactive.
    mutating func read(prompt: String) -> LineEvent
}
