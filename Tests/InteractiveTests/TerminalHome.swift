import Foundation
import Testing

// What every screen test starts from: a home of its own and the environment the binary runs in
// there, so that no history, progress or state leaks between tests or into the user's.

/// A new empty folder `glosten-NAME-…` under the temporary folder: one test's home.
func privateHome(_ name: String) throws -> URL {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("glosten-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    return home
}

/// Exactly the environment the binary gets: an xterm, UTF-8, a plain PATH, the history file in
/// `home`, progress kept in `home` (XDG_STATE_HOME) unless `stateInHome` is false, the lessons
/// of `lessons` when given; `extra` is laid over all that.
func terminalEnvironment(
    home: URL, lessons: String? = nil, stateInHome: Bool = true, _ extra: [String: String] = [:]
) -> [String: String] {
    var environment = [
        "TERM": "xterm", "HOME": home.path, "GLOSTEN_HISTORY": home.appendingPathComponent("history").path,
        "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
    ]
    if stateInHome { environment["XDG_STATE_HOME"] = home.path }
    if let lessons { environment["GLOSTEN_LESSONS"] = lessons }
    environment.merge(extra) { $1 }
    return environment
}

extension PseudoTerminal {
    /// The terminal once the shell's opening prompt shows (an issue is recorded when it does not).
    func atOpeningPrompt() -> PseudoTerminal {
        #expect(waitFor("t=0 98.80|101.20>"), "no prompt; screen: \(screen)")
        return self
    }
}
