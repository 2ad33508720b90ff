import Foundation

/// The `glosten-host` process: opens or resumes the log, serves the class, and reports to the
/// teacher's shell on standard output, one JSON object a line.
public enum HostProcess {
    public static func run(_ options: HostOptions) async throws {
        let hall: ClassHall
        let path: String
        let market = try HostMarket.open(options.model)
        let teacher: @Sendable ([String]) -> Void = { lines in
            ConsoleWire.emit(["event": "teacher", "text": lines.joined(separator: "\n")])
        }
        if let resume = options.resume {
            path = resume
            hall = try ClassHall(resuming: EventLog(path: resume), market: market, teacher: teacher)
        } else {
            path = options.database ?? defaultDatabase()
            var generator = SystemRandomNumberGenerator()
            hall = try ClassHall(
                code: JoinCode.draw(using: &generator), market: market, log: EventLog(path: path), teacher: teacher)
        }
        let code = hall.code
        ConsoleInput.start(hall: hall)
        Task {
            // The class's clock: calls, time-outs and reveals fall due between students' frames.
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(100))
                await hall.tick()
            }
        }
        let bind = options.bind
        let application = HostApplication.make(hall: hall, bind: bind, port: options.port) { port in
            let address = JoinAddress.url(bind: bind, port: port)
            ConsoleWire.emit([
                "event": "listening", "port": String(port), "code": code, "database": path, "address": address,
                "qr": (TerminalQR.lines(address) ?? []).joined(separator: "\n"),
            ])
        }
        // SIGINT belongs to the teacher's shell (Ctrl-C there must not end the class); SIGTERM ends it.
        try await application.runService(gracefulShutdownSignals: [.sigterm])
    }

    static func defaultDatabase() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return "class-\(formatter.string(from: Date())).sqlite"
    }
}

/// The lines `glosten-host` writes for the teacher's shell.
public enum ConsoleWire {
    /// Writes one JSON object as one line on standard output, flushed.
    public static func emit(_ fields: [String: String]) {
        guard let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]) else { return }
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
