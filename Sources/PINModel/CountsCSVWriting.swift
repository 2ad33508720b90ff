extension CountsCSV {
    /// Writes the days as `read` reads them back: a `date,buys,sells` header when any day has a
    /// date, `buys,sells` otherwise, then one line per day, handed to `sink` a chunk of at least
    /// `chunkBytes` bytes at a time (with the days written so far), so memory stays flat.
    ///
    /// A date `read` would read otherwise is wrapped in double quotes, which `read` takes off: one
    /// that begins with `#` (the line would be a comment), with `"` (a quoted field), or that begins
    /// or ends with a space or a tab (trimmed). A date read from a file holds no comma or line end.
    public static func write<Failure: Error>(
        _ days: TradingDays, chunkBytes: Int, to sink: (_ bytes: [UInt8], _ daysDone: Int) throws(Failure) -> Void
    ) throws(Failure) {
        let dated = days.datedCount > 0
        var buffer = Array((dated ? "date,buys,sells\n" : "buys,sells\n").utf8)
        buffer.reserveCapacity(Swift.min(chunkBytes, 1 << 20) + 4096)
        for i in days.indices {
            if dated {
                days.withDateBytes(i) { date in
                    if let date { appendDate(date, to: &buffer) }
                }
                buffer.append(UInt8(ascii: ","))
            }
            appendCount(days.buys[i], to: &buffer)
            buffer.append(UInt8(ascii: ","))
            appendCount(days.sells[i], to: &buffer)
            buffer.append(UInt8(ascii: "\n"))
            if buffer.count >= chunkBytes {
                try sink(buffer, i + 1)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try sink(buffer, days.count)
    }

    /// Whether `read` would read these date bytes back as they are, unquoted.
    static func readsBackUnquoted(_ date: ArraySlice<UInt8>) -> Bool {
        func blank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = date.first, let last = date.last else { return true }
        return first != UInt8(ascii: "#") && first != UInt8(ascii: "\"") && !blank(first) && !blank(last)
    }

    private static func appendDate(_ date: ArraySlice<UInt8>, to buffer: inout [UInt8]) {
        let quoted = !readsBackUnquoted(date)
        if quoted { buffer.append(UInt8(ascii: "\"")) }
        buffer.append(contentsOf: date)
        if quoted { buffer.append(UInt8(ascii: "\"")) }
    }

    /// The decimal digits of a count, without a `String`.
    private static func appendCount(_ count: UInt32, to buffer: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        )
        var n = count
        var length = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[length] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                length += 1
            } while n > 0
            for k in stride(from: length - 1, through: 0, by: -1) { buffer.append(d[k]) }
        }
    }
}
