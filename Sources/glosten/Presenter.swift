import ShellKit

/// A lesson shown to a room: one screen per key, the screen cleared between them, the step's
/// heading kept at the top, and a slide longer than the screen shown in parts broken between
/// blocks (`SlideScreens`). The counter counts the screens: what the teacher will press.
struct Presenter {
    let output: Output

    /// Shows the slides on the alternate screen until the last one is passed or q is pressed.
    func present(_ slides: [Slide]) {
        guard !slides.isEmpty else { return }
        let screens = SlideScreens.cut(slides, rows: Terminal.height(of: 1) ?? 24, render: output.screenLines)
        output.raw("\u{1B}[?1049h")
        defer { output.raw("\u{1B}[2J\u{1B}[H\u{1B}[?1049l") }
        var index = 0
        while index < screens.count {
            let screen = screens[index]
            switch Keyboard.read(ask: { draw(screen, number: index + 1, of: screens.count) }) {
            case .forward: index += 1
            case .back: index = max(0, index - 1)
            case .stop: return
            case .other: continue
            }
        }
    }

    private func draw(_ screen: SlideScreen, number: Int, of count: Int) {
        var text = "\u{1B}[2J\u{1B}[H" + (screen.heading + [""] + screen.body).joined(separator: "\n") + "\n"
        let part = screen.parts > 1 ? " (part \(screen.part) of \(screen.parts))" : ""
        let keys = "slide \(number) of \(count)\(part) · Space: next · b: back · q: quit"
        text += output.screenLines(Line(keys, .dim)).joined(separator: "\n")
        output.raw(text)
    }
}
