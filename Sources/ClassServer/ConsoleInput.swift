import Foundation
import ShellKit

/// The teacher's console as `glosten-host` reads it: one JSON object a line on standard input,
/// `{"command": ClassCommand}`, each answered by one `{"event": "reply", "text": …}` line. The
/// end of input (the teacher's shell closed) ends the class.
enum ConsoleInput {
    /// Reads standard input on a thread of its own until it ends, then exits the process.
    static func start(hall: ClassHall) {
        Thread.detachNewThread {
            while let line = readLine() {
                let done = DispatchSemaphore(value: 0)
                Task {
                    let text: String
                    if let command = try? JSONDecoder().decode([String: ClassCommand].self, from: Data(line.utf8))["command"] {
                        text = await hall.console(command).joined(separator: "\n")
                    } else {
                        text = "the class server did not understand that console line"
                    }
                    ConsoleWire.emit(["event": "reply", "text": text])
                    done.signal()
                }
                done.wait()
            }
            exit(0)
        }
    }
}
