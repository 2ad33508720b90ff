import Foundation
import HummingbirdWSClient
import Logging

/// One connection of the benchmark: a player (a robot that orders when its seat is called) or an
/// idle one (a second page on a player's seat that only listens). It notes when each order's
/// update — the quotes that follow the order's line on the tape — reaches it, and, for a player,
/// when it sent each of its orders. An order is named `round × 10 000 + seat` (each seat is
/// called once a round).
struct BenchTrace: Sendable {
    var welcomed = false
    var over = false
    var errors = 0
    /// (order, nanoseconds on the monotonic clock) for each update received.
    var updates: [(order: Int, at: UInt64)] = []
    /// (order, nanoseconds) for each order this connection sent.
    var sent: [(order: Int, at: UInt64)] = []
}

/// The traces of every connection, gathered as each ends (and a count of those welcomed so far).
final class BenchTraces: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: [BenchTrace] = []
    private var welcomedCount = 0

    func welcomed() { lock.withLock { welcomedCount += 1 } }
    var welcomes: Int { lock.withLock { welcomedCount } }
    func add(_ trace: BenchTrace) { lock.withLock { finished.append(trace) } }
    var all: [BenchTrace] { lock.withLock { finished } }
}

enum BenchClient {
    static func order(round: Int, seat: Int) -> Int { round * 10_000 + seat }

    /// Connects with `token` and plays (or listens) until the game is over or the connection ends.
    /// `onReveal` is called with each reveal this connection receives.
    static func run(
        address: String, token: String, seat: Int, plays: Bool, seed: UInt64, traces: BenchTraces,
        onReveal: @escaping @Sendable () -> Void = {}
    ) async {
        let url = address.replacingOccurrences(of: "http://", with: "ws://") + "/ws?token=" + token
        var logger = Logger(label: "glosten-bench")
        logger.logLevel = .critical
        _ = try? await WebSocketClient.connect(url: url, logger: logger) { inbound, outbound, _ in
            var trace = BenchTrace()
            var round = 0
            var called: Int?
            var pending: Int?
            var choice = seed
            defer { traces.add(trace) }
            for try await message in inbound.messages(maxSize: 1 << 20) {
                let at = DispatchTime.now().uptimeNanoseconds
                guard case .text(var text) = message else { continue }
                let frame = text.withUTF8 { FrameScan.read($0) }
                switch frame {
                case .welcome:
                    if !trace.welcomed { traces.welcomed() }
                    trace.welcomed = true
                case .error: trace.errors += 1
                case .role(let number): round = number
                case .called(let number):
                    called = number
                    guard plays, number == seat else { break }
                    // A seeded third each of buy, sell and pass.
                    choice = choice &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    let side = ["buy", "sell", "pass"][Int(choice >> 33) % 3]
                    trace.sent.append((order(round: round, seat: seat), DispatchTime.now().uptimeNanoseconds))
                    try await outbound.write(.text(#"{"type":"order","side":"\#(side)"}"#))
                case .tape(let number):
                    pending = called.map { order(round: number, seat: $0) }
                case .quotes:
                    if let key = pending { trace.updates.append((key, at)) }
                    pending = nil
                case .reveal: onReveal()
                case .over:
                    trace.over = true
                    return
                case .other: break
                }
            }
        }
    }
}

/// The few fields the benchmark reads of a frame, found by scanning its bytes (no JSON parse, so
/// that 700 connections on the server's own two cores cost it as little as can be).
enum FrameScan {
    enum Frame: Equatable {
        case welcome, error, over, reveal, other
        case role(round: Int)
        case called(seat: Int)
        case tape(round: Int)
        case quotes
    }

    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Frame {
        guard let inner = find(#""frame":"#, in: bytes, from: 0) else {
            switch word(after: #""type":""#, in: bytes, from: 0) {
            case "welcome": return .welcome
            case "error": return .error
            default: return .other
            }
        }
        switch word(after: #""type":""#, in: bytes, from: inner) {
        case "role": return integer(after: #""round":"#, in: bytes, from: inner).map { .role(round: $0) } ?? .other
        case "called": return integer(after: #""seat":"#, in: bytes, from: inner).map { .called(seat: $0) } ?? .other
        case "tape": return integer(after: #""round":"#, in: bytes, from: inner).map { .tape(round: $0) } ?? .other
        case "quotes": return .quotes
        case "reveal": return .reveal
        case "over": return .over
        default: return .other
        }
    }

    /// The index just past the first `pattern` at or after `from`.
    static func find(_ pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        guard needle.count <= bytes.count else { return nil }
        var index = from
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] {
                var matched = 1
                while matched < needle.count, bytes[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index + needle.count }
            }
            index += 1
        }
        return nil
    }

    static func word(after pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> String? {
        guard let start = find(pattern, in: bytes, from: from) else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    static func integer(after pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard var index = find(pattern, in: bytes, from: from) else { return nil }
        var value = 0
        var digits = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}
