import TeachingShell

/// A lesson shown to a room: one slide per key, the screen cleared between slides, the step's
/// heading kept at the top, and a slide longer than the screen shown in parts under it.
struct Presenter {
    let output: Output

    /// One screenful: a slide's heading and part of its body.
    private struct Screen {
        let heading: [String]
        let body: [String]
        let slide: Int
        let part: (Int, of: Int)
    }

    /// Shows the slides on the alternate screen until the last one is passed or q is pressed.
    func present(_ slides: [Slide]) {
        guard !slides.isEmpty else { return }
        let screens = self.screens(slides, rows: Terminal.height(of: 1) ?? 24)
        output.raw("\u{1B}[?1049h")
        defer { output.raw("\u{1B}[2J\u{1B}[H\u{1B}[?1049l") }
        var index = 0
        while index < screens.count {
            draw(screens[index], of: slides.count)
            switch Keyboard.read() {
            case .forward: index += 1
            case .back: index = max(0, index - 1)
            case .stop: return
            case .other: continue
            }
        }
    }

    private func draw(_ screen: Screen, of count: Int) {
        var text = "\u{1B}[2J\u{1B}[H" + (screen.heading + [""] + screen.body).joined(separator: "\n") + "\n"
        let part = screen.part.of > 1 ? " (part \(screen.part.0) of \(screen.part.of))" : ""
        let keys = "slide \(screen.slide + 1) of \(count)\(part) · Space: next · b: back · q: quit"
        text += output.screenLines(Line(keys, .dim)).joined(separator: "\n")
        output.raw(text)
    }

    /// The slides cut into screenfuls of `rows` lines: heading, a blank line, body, keys.
    private func screens(_ slides: [Slide], rows: Int) -> [Screen] {
        var screens: [Screen] = []
        for (index, slide) in slides.enumerated() {
            let heading = output.screenLines(slide.heading)
            var body = slide.lines.flatMap(output.screenLines)
            while body.last?.isEmpty == true { body.removeLast() }
            let room = max(3, rows - heading.count - 2)
            let parts = max(1, (body.count + room - 1) / room)
            for part in 0..<parts {
                let chunk = Array(body.dropFirst(part * room).prefix(room))
                screens.append(Screen(heading: heading, body: chunk, slide: index, part: (part + 1, of: parts)))
            }
        }
        return screens
    }
}
