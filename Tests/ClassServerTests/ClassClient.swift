import Foundation
import HummingbirdTesting
import HummingbirdWSClient
import Logging
import NIOCore

/// A student as the tests play her: joins over HTTP, then talks over a real WebSocket on loopback.
struct ClassClient {
    let host: String
    let port: Int

    /// POSTs `/join`; returns the status and the JSON answer.
    func join(code: String, name: String) async throws -> (status: Int, fields: [String: String]) {
        let body = try JSONEncoder().encode(["code": code, "name": name])
        return try await TestClient.withClient(host: host, port: port) { client in
            let response = try await client.post(
                "/join", headers: [.contentType: "application/json"], body: ByteBuffer(bytes: body))
            let fields = (try? JSONDecoder().decode([String: String].self, from: Data(buffer: response.body ?? ByteBuffer()))) ?? [:]
            return (Int(response.status.code), fields)
        }
    }

    /// Opens `/ws?token=…`, sends `messages` one by one, and returns the first `count` frames
    /// received (fewer if the server closes first, or after `seconds`).
    func session(token: String, send messages: [String], receive count: Int, seconds: Int = 10) async throws
        -> [[String: Any]]
    {
        let received = Received()
        let url = "ws://\(host):\(port)/ws?token=\(token)"
        let logger = Self.quietLogger
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await WebSocketClient.connect(url: url, logger: logger) { inbound, outbound, _ in
                    for message in messages { try await outbound.write(.text(message)) }
                    var iterator = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
                    while await received.count < count, let message = try await iterator.next() {
                        if case .text(let text) = message { await received.add(text) }
                    }
                    try await outbound.close(.normalClosure, reason: nil)
                }
            }
            group.addTask { try await Task.sleep(for: .seconds(seconds)) }
            try await group.next()
            group.cancelAll()
        }
        return await received.frames.map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) ?? [:]
        }
    }

    /// Opens `/ws?token=…` and plays: each frame received is kept and shown to `answer`, whose
    /// reply (if any) is sent; ends at a frame `done` accepts, after `limit` frames, or after `seconds`.
    func play(
        token: String, limit: Int = 2000, seconds: Int = 60,
        answer: @escaping @Sendable ([String: Any]) -> String?, done: @escaping @Sendable ([String: Any]) -> Bool
    ) async throws -> [String] {
        try await play(token: token, limit: limit, seconds: seconds, replies: { answer($0).map { [$0] } ?? [] }, done: done)
    }

    /// `play`, with any number of replies to a frame, sent in order.
    func play(
        token: String, limit: Int = 2000, seconds: Int = 60,
        replies answer: @escaping @Sendable ([String: Any]) -> [String], done: @escaping @Sendable ([String: Any]) -> Bool
    ) async throws -> [String] {
        let received = Received()
        let url = "ws://\(host):\(port)/ws?token=\(token)"
        let logger = Self.quietLogger
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await WebSocketClient.connect(url: url, logger: logger) { inbound, outbound, _ in
                    var iterator = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
                    while await received.count < limit, let message = try await iterator.next() {
                        guard case .text(let text) = message else { continue }
                        await received.add(text)
                        let frame = (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
                        for reply in answer(frame) { try await outbound.write(.text(reply)) }
                        if done(frame) { break }
                    }
                    try await outbound.close(.normalClosure, reason: nil)
                }
            }
            group.addTask { try await Task.sleep(for: .seconds(seconds)) }
            try await group.next()
            group.cancelAll()
        }
        return await received.frames
    }

    /// Frames as JSON objects.
    static func decoded(_ frames: [String]) -> [[String: Any]] {
        frames.map { (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) ?? [:] }
    }

    static var quietLogger: Logger {
        var logger = Logger(label: "ClassClient")
        logger.logLevel = .critical
        return logger
    }

    actor Received {
        var frames: [String] = []
        var count: Int { frames.count }
        func add(_ text: String) { frames.append(text) }
    }
}
