import Foundation
import HummingbirdWSClient
import Logging

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `glosten bots N ADDRESS code C [seed S] [policy random|rational]`: N robot students join a
/// class over HTTP and WebSockets, as phones would, and play when called: a dry run before class,
/// and the load of the benchmark.
public enum RobotStudents {
    public enum Policy: String, Sendable { case random, rational }

    public struct Options: Sendable, Equatable {
        public var count = 1
        public var address = ""
        public var code = ""
        public var seed: UInt64 = 1
        public var policy = Policy.rational
    }

    /// What is wrong with `bots`' words.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    static let usage = "usage: glosten bots N ADDRESS code C [seed S] [policy random|rational]"

    public static func parse(_ words: [String]) throws -> Options {
        var options = Options()
        guard words.count >= 2, let count = Int(words[0]), (1...2000).contains(count) else {
            throw Problem(description: "glosten bots needs a number of robots from 1 to 2000 and the class's address; " + usage)
        }
        options.count = count
        options.address = words[1].hasSuffix("/") ? String(words[1].dropLast()) : words[1]
        var rest = words.dropFirst(2)
        while let key = rest.popFirst() {
            guard let value = rest.popFirst() else { throw Problem(description: "\(key) needs a value; " + usage) }
            switch key {
            case "code": options.code = value
            case "seed":
                guard let seed = UInt64(value) else { throw Problem(description: "seed takes a whole number; " + usage) }
                options.seed = seed
            case "policy":
                guard let policy = Policy(rawValue: value) else { throw Problem(description: "policy takes random or rational") }
                options.policy = policy
            default: throw Problem(description: "\(key) is not a bots option; " + usage)
            }
        }
        guard !options.code.isEmpty else { throw Problem(description: "the class's code is needed (code C); " + usage) }
        return options
    }

    /// Joins every robot, then plays until every connection has closed.
    public static func run(_ options: Options) async throws {
        var tokens: [(seat: Int, token: String)] = []
        for index in 1...options.count {
            let joined = try await join(options.address, code: options.code, name: "robot \(index)")
            tokens.append(joined)
        }
        print("\(tokens.count) robots joined \(options.address) (\(options.policy.rawValue) policy)")
        await withTaskGroup(of: Void.self) { group in
            for (offset, robot) in tokens.enumerated() {
                group.addTask {
                    let player = RobotPlayer(seat: robot.seat, policy: options.policy, seed: options.seed &+ UInt64(offset))
                    try? await play(options.address, token: robot.token, player: player)
                }
            }
        }
    }

    package static func join(_ address: String, code: String, name: String) async throws -> (seat: Int, token: String) {
        guard let url = URL(string: address + "/join") else { throw Problem(description: "\(address) is not an address") }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONEncoder().encode(["code": code, "name": name])
        let (data, _) = try await URLSession.shared.data(for: request)
        let fields = try JSONDecoder().decode([String: String].self, from: data)
        guard let token = fields["token"], let seat = fields["seat"].flatMap(Int.init) else {
            throw Problem(description: "\(name) could not join: \(fields["error"] ?? "no answer")")
        }
        return (seat, token)
    }

    static func play(_ address: String, token: String, player: RobotPlayer) async throws {
        let socket = address.replacingOccurrences(of: "http://", with: "ws://") + "/ws?token=" + token
        var logger = Logger(label: "glosten-bots")
        logger.logLevel = .critical
        try await WebSocketClient.connect(url: socket, logger: logger) { inbound, outbound, _ in
            var robot = player
            for try await message in inbound.messages(maxSize: 1 << 20) {
                guard case .text(let text) = message,
                    let frame = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                    let game = frame["frame"] as? [String: Any]
                else { continue }
                if let reply = robot.answer(game) { try await outbound.write(.text(reply)) }
            }
        }
    }
}

/// One robot's play: what it knows of its role and the quotes, and its answer when called.
struct RobotPlayer: Sendable {
    let seat: Int
    let policy: RobotStudents.Policy
    var generator: SplitMix
    var value: Double?
    var need: String?
    var bid: Double?
    var ask: Double?

    init(seat: Int, policy: RobotStudents.Policy, seed: UInt64) {
        (self.seat, self.policy, generator) = (seat, policy, SplitMix(seed: seed))
    }

    /// The frame to send in answer to one game frame, if any.
    mutating func answer(_ frame: [String: Any]) -> String? {
        switch frame["type"] as? String {
        case "role":
            value = (frame["value"] as? NSNumber)?.doubleValue
            need = frame["need"] as? String
            return nil
        case "quotes":
            (bid, ask) = ((frame["bid"] as? NSNumber)?.doubleValue, (frame["ask"] as? NSNumber)?.doubleValue)
            return nil
        case "called" where frame["seat"] as? Int == seat:
            return #"{"type":"order","side":"\#(side())"}"#
        case "quoting":
            guard let bid, let ask else { return nil }
            let widen = policy == .random ? Double(generator.next() % 100) / 100 * (ask - bid) : 0
            return #"{"type":"quote","bid":\#(bid - widen),"ask":\#(ask + widen)}"#
        default:
            return nil
        }
    }

    private mutating func side() -> String {
        if policy == .random { return ["buy", "sell", "pass"][Int(generator.next() % 3)] }
        if let value {
            if let ask, value > ask { return "buy" }
            if let bid, value < bid { return "sell" }
            return "pass"
        }
        return need ?? "pass"
    }
}

/// A small seeded generator (SplitMix64), so each robot's random play replays with its seed.
struct SplitMix: RandomNumberGenerator, Sendable {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
