import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// Presenting a lesson at 80×24: an overflowing slide is broken between blocks, never inside a
/// sentence, a table or a command's output (issue 22.9).
struct SlideScreensTests {
    static let lessons = shippedLessonsFolder

    /// Words wrapped at 80 columns, a continuation indented by two: a stand-in for the
    /// terminal's wrapping (only the number of rows a line takes matters here).
    static func render(_ line: Line) -> [String] {
        var rows: [String] = []
        var row = ""
        for word in line.plain.split(separator: " ", omittingEmptySubsequences: false) {
            if row.count + word.count + 1 > 80, !row.isEmpty {
                rows.append(row)
                row = "  "
            }
            row += (row.isEmpty || row == "  " ? "" : " ") + word
        }
        rows.append(row)
        return rows
    }

    /// The places where `screens` (one slide's) split a block or a line that fits a screen,
    /// as "block N" descriptions; empty when every break falls between blocks.
    static func splits(_ slide: Slide, screens: [[String]], room: Int) -> [String] {
        let blocks = SlideScreens.blocks(slide.lines)
        // Each non-blank row of the slide, with the block and line it comes from.
        var owners: [(block: Int, line: Int)] = []
        var rowsOfBlock: [Int: Int] = [:]
        var rowsOfLine: [Int: Int] = [:]
        var lineNumber = 0
        for (b, block) in blocks.enumerated() {
            for line in block.lines {
                let rows = render(line).filter { !$0.isEmpty }
                owners += rows.map { _ in (b, lineNumber) }
                rowsOfBlock[b, default: 0] += rows.count
                rowsOfLine[lineNumber] = rows.count
                lineNumber += 1
            }
        }
        var screenOfRow: [Int] = []
        for (s, screen) in screens.enumerated() { screenOfRow += screen.filter { !$0.isEmpty }.map { _ in s } }
        guard screenOfRow.count == owners.count else { return ["rows lost: \(screenOfRow.count) of \(owners.count)"] }
        var found: [String] = []
        for b in blocks.indices where (rowsOfBlock[b] ?? 0) <= room {
            let on = Set(owners.indices.filter { owners[$0].block == b }.map { screenOfRow[$0] })
            if on.count > 1 { found.append("block \(b + 1) (\(blocks[b].lines.first?.plain.prefix(40) ?? ""))") }
        }
        for l in 0..<lineNumber where (rowsOfLine[l] ?? 0) <= room {
            let on = Set(owners.indices.filter { owners[$0].line == l }.map { screenOfRow[$0] })
            if on.count > 1 { found.append("line \(l + 1) split mid-sentence") }
        }
        return found
    }

    private func slides(_ name: String) throws -> [Slide] {
        var shell = Interpreter.forTests(library: LessonLibrary(folder: Self.lessons))
        shell.display = Display(width: 80)
        return try shell.presentation(of: name)
    }

    /// Over every shipped lesson, at 80×24: no screen break falls inside a block (paragraph,
    /// table, command with its output) or a line, unless it is taller than a whole screen. A
    /// naive cut every screenful, as before, does split blocks in these lessons: the check has teeth.
    @Test func noSlideSplitsASentenceATableOrABlock() throws {
        let names = LessonLibrary(folder: Self.lessons).names
        #expect(names.count >= 16)
        var naiveSplits = 0
        for name in names {
            let slides = try slides(name)
            let screens = SlideScreens.cut(slides, rows: 24, render: Self.render)
            for (index, slide) in slides.enumerated() {
                let heading = Self.render(slide.heading).count
                let room = 24 - heading - 2
                let mine = screens.filter { $0.slide == index }
                #expect(
                    mine.allSatisfy { $0.heading.count + 1 + $0.body.count + 1 <= 24 },
                    "\(name) slide \(index + 1) overflows")
                let found = Self.splits(slide, screens: mine.map(\.body), room: room)
                #expect(found.isEmpty, "\(name) slide \(index + 1): \(found)")
                // The old cut: every `room` rows of the body, wherever they fall.
                let body = slide.lines.flatMap(Self.render).filter { !$0.isEmpty }
                let naive = stride(from: 0, to: body.count, by: room).map {
                    Array(body[$0..<min(body.count, $0 + room)])
                }
                naiveSplits += Self.splits(slide, screens: naive, room: room).count
            }
        }
        // Every shipped lesson now fits a screen (issue 22.8), so the check's teeth are shown on a
        // slide made to overflow as well: ten paragraphs of four rows each.
        let paragraph = Line(String(repeating: "word ", count: 55).trimmingCharacters(in: .whitespaces))
        let tall = Slide(heading: Line("A tall slide", .heading), lines: (1...10).flatMap { _ in [paragraph, Line("")] })
        let room = 24 - Self.render(tall.heading).count - 2
        let cut = SlideScreens.cut([tall], rows: 24, render: Self.render)
        #expect(cut.count > 1 && Self.splits(tall, screens: cut.map(\.body), room: room).isEmpty)
        let body = tall.lines.flatMap(Self.render).filter { !$0.isEmpty }
        let naive = stride(from: 0, to: body.count, by: room).map { Array(body[$0..<min(body.count, $0 + room)]) }
        naiveSplits += Self.splits(tall, screens: naive, room: room).count
        #expect(naiveSplits > 0, "a naive cut splits no block: the check cannot fail")
    }

    /// A heading alone stays with the block under it, and blocks share a screen when they fit.
    @Test func headingsStayWithTheirBlock() {
        let lines = [
            Line("First paragraph."), Line(""), Line("A heading", .heading), Line(""), Line("Under the heading."),
            BlockRun.echo("buy"), Line("output 1"), Line("output 2"),
        ]
        let blocks = SlideScreens.blocks(lines)
        #expect(
            blocks.map { $0.lines.map(\.plain) } == [
                ["First paragraph."], ["A heading", "Under the heading."], ["> buy", "output 1", "output 2"],
            ])
        #expect(blocks.map(\.spaced) == [false, true, false], "a command's output follows its paragraph unspaced")
        // Room for 3 rows: the first block alone, then the heading with its paragraph, then the command.
        let pages = SlideScreens.pack(blocks.map { ($0.lines.map { [$0.plain] }, $0.spaced) }, room: 3)
        #expect(
            pages == [["First paragraph."], ["A heading", "Under the heading."], ["> buy", "output 1", "output 2"]])
        // Room for 6: the first two share a screen, a blank row between them as in the lines; the
        // command does not fit after them.
        #expect(
            SlideScreens.pack(blocks.map { ($0.lines.map { [$0.plain] }, $0.spaced) }, room: 6) == [
                ["First paragraph.", "", "A heading", "Under the heading."], ["> buy", "output 1", "output 2"],
            ])
    }
}

extension SlideScreensTests {
    /// A block taller than a screen is cut into even parts: 24 one-row lines on screens of 21
    /// rows make two parts of 12, not 21 and a last 3 (the Hidden line alone, issue 22.9).
    @Test func aTallBlockIsCutEvenly() {
        let lines = (1...24).map { ["row \($0)"] }
        let pages = SlideScreens.split(lines, room: 21)
        #expect(pages.map(\.count) == [12, 12])
        // A line of three rows is never cut: 7 lines of 3 rows on screens of 10 make 9 + 6 + 6.
        let tall = (1...7).map { n in (1...3).map { "line \(n) row \($0)" } }
        let parts = SlideScreens.split(tall, room: 10)
        #expect(parts.count == 3 && parts.allSatisfy { $0.count % 3 == 0 && $0.count <= 10 })
        #expect(parts.map(\.count).max()! - parts.map(\.count).min()! <= 3)
    }
}

extension SlideScreensTests {
    /// A section's indented rows stay under its label: the four quote rows are one piece.
    @Test func aSectionStaysWhole() {
        let quotes = [
            ["  Quotes        bid 1"], ["                ask 2"], ["                spread 1"],
            ["                mid 1.5"],
        ]
        let lines = (1...3).map { ["  Line \($0)"] } + quotes
        // 7 rows on screens of 6: an even cut of rows would be 4 and 3, putting "bid" on one
        // screen and "ask" on the next; the section keeps the four quote rows together.
        let pages = SlideScreens.split(lines, room: 6)
        #expect(pages == [["  Line 1", "  Line 2", "  Line 3"], quotes.flatMap { $0 }])
        #expect(pages.allSatisfy { $0.count <= 6 })
    }
}
