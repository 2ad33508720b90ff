/// One screenful of a presentation: what the teacher sees after one key press.
public struct SlideScreen: Sendable {
    /// The step's heading, rendered, kept at the top of each of its screens.
    public let heading: [String]
    public let body: [String]
    /// Which slide (0-based) the screen shows part of, and which part of how many.
    public let slide: Int
    public let part: Int
    public let parts: Int
}

/// A presentation cut into screens at block boundaries: a slide longer than the screen is
/// broken between paragraphs, tables and commands' outputs, never inside one (a block taller
/// than a whole screen is broken between its lines, and a line taller than one between rows).
/// A heading stays with the block under it.
public enum SlideScreens {
    /// The slides as screens of `rows` rows (heading, a blank row, body, the keys' row);
    /// `render` wraps a line into the terminal's rows.
    public static func cut(_ slides: [Slide], rows: Int, render: (Line) -> [String]) -> [SlideScreen] {
        var screens: [SlideScreen] = []
        for (index, slide) in slides.enumerated() {
            let heading = slide.heading.plain.isEmpty ? [] : render(slide.heading)
            let room = max(3, rows - heading.count - 2)
            let pages = pack(blocks(slide.lines).map { ($0.lines.map(render), $0.spaced) }, room: room)
            for (part, body) in pages.enumerated() {
                screens.append(
                    SlideScreen(heading: heading, body: body, slide: index, part: part + 1, parts: pages.count))
            }
        }
        return screens
    }

    /// A run of a slide's lines that stays on one screen; `spaced` when a blank line comes before it.
    package struct Block {
        package var lines: [Line]
        package var spaced: Bool
    }

    /// The slide's lines in blocks that stay together: a blank line ends a block, a command's
    /// echo (`> buy`) starts one, and a heading alone joins the block after it.
    package static func blocks(_ lines: [Line]) -> [Block] {
        var blocks: [Block] = []
        var current: [Line] = []
        var spaced = false
        var blank = false
        func close() {
            if !current.isEmpty { blocks.append(Block(lines: current, spaced: spaced)) }
            current = []
        }
        for line in lines {
            if line.plain.trimmingCharacters(in: .whitespaces).isEmpty {
                close()
                blank = true
                continue
            }
            if blank || (BlockRun.isEcho(line) && !(current.count == 1 && isHeading(current[0]))) {
                close()
                spaced = blank && !blocks.isEmpty
            }
            blank = false
            current.append(line)
        }
        close()
        // A heading alone (a subheading, the question's line) goes with what follows it.
        var joined: [Block] = []
        for block in blocks {
            if let last = joined.last, last.lines.count == 1, isHeading(last.lines[0]) {
                joined[joined.count - 1].lines += block.lines
            } else {
                joined.append(block)
            }
        }
        return joined
    }

    private static func isHeading(_ line: Line) -> Bool {
        line.spans.allSatisfy { $0.tone == .heading || $0.text.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// Packs blocks (each a list of lines, each a list of rows) onto screens of `room` rows, a
    /// blank row before a spaced block that does not start a screen.
    static func pack(_ blocks: [(lines: [[String]], spaced: Bool)], room: Int) -> [[String]] {
        var pages: [[String]] = []
        var page: [String] = []
        func flush() {
            if !page.isEmpty { pages.append(page) }
            page = []
        }
        func place(_ rows: [String], spaced: Bool) {
            let gap = page.isEmpty || !spaced ? 0 : 1
            if page.count + gap + rows.count > room { flush() }
            if !page.isEmpty, spaced { page.append("") }
            page += rows
        }
        for (block, spaced) in blocks {
            let rows = block.flatMap { $0 }
            if rows.count <= room {
                place(rows, spaced: spaced)
                continue
            }
            // Taller than a screen: on screens of its own, broken between lines into parts of
            // even size, so that no part holds a last line or two alone.
            flush()
            pages += split(block, room: room)
        }
        flush()
        return pages.isEmpty ? [[]] : pages
    }

    /// A block's lines (each a list of rows) on as few screens of `room` rows as a cut every
    /// screenful takes, each as even as lines allow; a line taller than a screen is cut between rows.
    /// A line indented deeper than a section's label (a table's rows under `Bayes' rule`, `ask`
    /// under `Quotes bid`) stays with the line above it when they fit a screen together.
    package static func split(_ lines: [[String]], room: Int) -> [[String]] {
        var sections: [[String]] = []
        for line in lines {
            if let last = sections.last, line.first?.hasPrefix("    ") == true, last.count + line.count <= room {
                sections[sections.count - 1] += line
            } else {
                sections.append(line)
            }
        }
        let pieces = sections.flatMap { line in
            stride(from: 0, to: max(line.count, 1), by: room).map { Array(line[$0..<min(line.count, $0 + room)]) }
        }
        func fill(_ cap: Int) -> [[String]] {
            var pages: [[String]] = []
            var page: [String] = []
            for piece in pieces {
                if !page.isEmpty, page.count + piece.count > cap {
                    pages.append(page)
                    page = []
                }
                page += piece
            }
            if !page.isEmpty { pages.append(page) }
            return pages
        }
        let fewest = fill(room).count
        let total = pieces.reduce(0) { $0 + $1.count }
        // The smallest screen height that still takes no more parts, then parts near the mean.
        let cap = (((total + fewest - 1) / fewest)..<room).first { fill($0).count <= fewest } ?? room
        var pages: [[String]] = []
        var next = 0
        var remaining = total
        while next < pieces.count {
            let left = fewest - pages.count
            let target = (remaining + max(left, 1) - 1) / max(left, 1)
            var page: [String] = []
            while next < pieces.count, page.count + pieces[next].count <= cap || page.isEmpty {
                let after = page.count + pieces[next].count
                let rest = remaining - after
                // Stop at the mean unless what is left would not fit the parts after this one.
                if !page.isEmpty, after > target, rest <= (left - 1) * cap { break }
                page += pieces[next]
                next += 1
            }
            remaining -= page.count
            pages.append(page)
        }
        return pages.count <= fewest && pages.allSatisfy({ $0.count <= room }) ? pages : fill(cap)
    }
}
