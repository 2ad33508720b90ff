import ClassServer
import Foundation

/// The machine the benchmark ran on, as /proc tells it.
enum Machine {
    static var description: String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "an unknown processor"
        let memory = ProcessInfo.processInfo.physicalMemory / (1 << 30)
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores (\(cpu)), \(memory) GiB"
    }

    /// The 1-, 5- and 15-minute load averages.
    static var loadAverage: String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}

/// The benchmark's figures, from every connection's trace.
enum Report {
    static func ms(since start: UInt64) -> String {
        String(format: "%.0f", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }

    static func memory(_ server: BenchServer) -> String {
        let peak = server.memoryMB("VmHWM").map { String(format: "%.1f", $0) } ?? "?"
        let now = server.memoryMB("VmRSS").map { String(format: "%.1f", $0) } ?? "?"
        return "peak resident memory \(peak) MB, resident now \(now) MB"
    }

    /// The value at rank ⌈q·n⌉ of the sorted values (nearest rank).
    static func percentile(_ q: Double, of sorted: [Double]) -> Double {
        sorted[max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1)]
    }

    static func print(_ traces: [BenchTrace], connections: Int, wall: Double, server: BenchServer) {
        var sent: [Int: UInt64] = [:]
        for trace in traces { for (order, at) in trace.sent { sent[order] = at } }
        var last: [Int: UInt64] = [:]
        var reached: [Int: Int] = [:]
        for trace in traces {
            for (order, at) in trace.updates {
                last[order] = max(last[order] ?? 0, at)
                reached[order, default: 0] += 1
            }
        }
        // An order counts when every connection received its update; the robot's turns (a player
        // too slow for its deadline) have no send time and are counted apart.
        let complete = sent.keys.filter { reached[$0] == connections }
        let latencies = complete.compactMap { order in last[order].map { Double($0 &- sent[order]!) / 1e6 } }.sorted()
        let robot = last.keys.filter { sent[$0] == nil }.count
        let incomplete = sent.count - complete.count
        Swift.print("game: \(String(format: "%.1f", wall)) s; \(sent.count) orders sent, \(last.count) on the tape (\(robot) played by the robot)")
        Swift.print(
            "connections to the end: \(traces.filter(\.over).count) of \(connections) saw the game over; "
                + "error frames received: \(traces.map(\.errors).reduce(0, +))")
        guard !latencies.isEmpty else {
            Swift.print("no order reached every connection")
            return
        }
        let figures = [0.5, 0.99].map { String(format: "%.1f", percentile($0, of: latencies)) }
        Swift.print(
            "order → every connection's update (\(latencies.count) orders × \(connections) connections): "
                + "p50 \(figures[0]) ms, p99 \(figures[1]) ms, max \(String(format: "%.1f", latencies.last!)) ms"
                + (incomplete > 0 ? "; \(incomplete) orders did not reach every connection" : ""))
        Swift.print("server: \(memory(server))")
    }
}
