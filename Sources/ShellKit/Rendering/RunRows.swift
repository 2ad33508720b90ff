extension RunResult {
    /// `run N`'s rows under every model: the first `kept` periods, a line for those left out, the
    /// last `kept`, and a warning when Ctrl-C stopped the run.
    package func rows(kept: Int, _ row: (Step) -> Line) -> (table: [Line], interruption: Line?) {
        let all = first + last
        let head = all.prefix(kept)
        let tail = all.dropFirst(head.count).suffix(kept)
        var lines = head.map(row)
        let hidden = steps - head.count - tail.count
        if hidden > 0 { lines.append(Line("    … \(hidden) more periods …", .dim)) }
        lines += tail.map(row)
        let stop = interrupted
            ? Line("interrupted after \(steps) of \(requested) periods; those periods stay on the tape", .warning) : nil
        return (lines, stop)
    }
}
