import ClassRoom
import ClassServer
import Foundation
import ShellKit

/// `glosten-host bench [players N] [idle M] [rounds R] [seed S]`: the class server's benchmark
/// (issue 25). It starts this binary as the server on loopback (a child process, so that its
/// memory is its own), joins N robot students over HTTP, opens a WebSocket for each and M more
/// that only listen (second pages on the players' seats, sending nothing), starts a `trade` game
/// of R rounds from the console as the teacher's shell does, and moves on with `next` at each
/// reveal as a teacher would. Each player orders (a seeded third each of buy, sell and pass) the
/// moment it is called. For every order it prints the time from the player's send to the moment
/// the last of all the connections has received that order's update (the quotes after its line
/// on the tape): p50, p99 and max over the orders; the connections held; the server's peak
/// resident memory (VmHWM of its /proc status). It prints figures; it asserts nothing.
enum ClassBench {
    struct Options {
        var players = 200
        var idle = 500
        var rounds = 20
        var seed: UInt64 = 7
    }

    static let usage = "usage: glosten-host bench [players N] [idle M] [rounds R] [seed S]"

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ words: [String]) throws -> Options {
        var options = Options()
        var rest = words[...]
        while let key = rest.popFirst() {
            guard let text = rest.popFirst(), let value = Int(text), value >= 0 else {
                throw Problem(description: "\(key) needs a whole number; " + usage)
            }
            switch key {
            case "players" where (1...SeatTable.capacity).contains(value): options.players = value
            case "idle" where value <= 5000: options.idle = value
            case "rounds" where (1...GameSetup.maxRounds).contains(value): options.rounds = value
            case "seed": options.seed = UInt64(value)
            default: throw Problem(description: "\(key) \(text) is not a bench option; " + usage)
            }
        }
        return options
    }

    static func run(_ options: Options) async throws {
        let server = try BenchServer()
        defer { server.stop() }
        guard let listening = server.line("listening"), let port = listening["port"], let code = listening["code"] else {
            throw Problem(description: "the server did not start")
        }
        let address = "http://127.0.0.1:\(port)"
        print("glosten-host bench, \(Date()) on \(Machine.description)")
        print("load average before: \(Machine.loadAverage)")

        let joinStart = DispatchTime.now().uptimeNanoseconds
        var seats: [(seat: Int, token: String)] = []
        for index in 1...options.players {
            seats.append(try await RobotStudents.join(address, code: code, name: "robot \(index)"))
        }
        print("\(options.players) joins over HTTP: \(Report.ms(since: joinStart)) ms")

        let traces = BenchTraces()
        let connections = options.players + options.idle
        let revealer: @Sendable () -> Void = {
            // The teacher's `next` at each reveal (the console blocks for its reply: not on this task).
            Thread.detachNewThread { server.console(.next) }
        }
        let connectStart = DispatchTime.now().uptimeNanoseconds
        let joined = seats
        let seed = options.seed
        let clients = Task { await connect(joined, connections: connections, address: address, seed: seed, traces: traces, onReveal: revealer) }
        for _ in 0..<600 where traces.welcomes < connections { try await Task.sleep(for: .milliseconds(100)) }
        print("\(traces.welcomes) of \(connections) connections open: \(Report.ms(since: connectStart)) ms")
        print("server after the connections: \(Report.memory(server))")

        let gameStart = DispatchTime.now().uptimeNanoseconds
        let reply = server.console(.start(game: "trade", rounds: options.rounds, seed: options.seed))
        print("class start trade rounds \(options.rounds) seed \(options.seed): \(reply.split(separator: "\n").first ?? "")")
        // Bounded: every call given its full time (10 s) would take rounds × players × 10 s.
        let limit = Double(options.rounds * options.players) * 10 + 60
        let waited = Task {
            try await Task.sleep(for: .seconds(limit))
            clients.cancel()
        }
        await clients.value
        waited.cancel()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - gameStart) / 1e9
        print("load average after: \(Machine.loadAverage)")
        Report.print(traces.all, connections: connections, wall: wall, server: server)
    }

    /// Opens `connections` connections, a player for each seat and the rest listening on the
    /// seats in turn, and waits until every one has ended. The first player tells of each reveal.
    static func connect(
        _ seats: [(seat: Int, token: String)], connections: Int, address: String, seed: UInt64, traces: BenchTraces,
        onReveal: @escaping @Sendable () -> Void
    ) async {
        var tasks: [Task<Void, Never>] = []
        for index in 0..<connections {
            let seat = seats[index % seats.count].seat
            let token = seats[index % seats.count].token
            let plays = index < seats.count
            var tell: @Sendable () -> Void = {}
            if index == 0 { tell = onReveal }
            tasks.append(
                Task {
                    await BenchClient.run(
                        address: address, token: token, seat: seat, plays: plays, seed: seed &+ UInt64(seat), traces: traces,
                        onReveal: tell)
                })
        }
        for task in tasks { await task.value }
    }
}
