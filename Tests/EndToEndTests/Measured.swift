import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One run of the binary with its peak memory, for the tests that bound memory.
struct MeasuredRun {
    /// The exit status, or 128 + the signal that ended it.
    let status: Int32
    /// The peak resident memory, in megabytes: the kernel's VmHWM of the process, read every 2 ms
    /// while it runs. (wait4's ru_maxrss will not do: a child spawned from the test runner starts
    /// with the runner's own peak, which the kernel carries across exec.)
    let peakMegabytes: Double
}

/// Runs `glosten arguments…` with stdin, stdout and stderr from/to the given files (default
/// /dev/null) and returns its status and peak resident memory.
func measured(
    _ arguments: [String], stdin: String = "/dev/null", stdout: String = "/dev/null",
    stderr: String = "/dev/null"
) throws -> MeasuredRun {
    let binary = try Binary.located.get().path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
    guard spawned == 0 else { throw BinaryFailure(description: "posix_spawn failed: \(spawned)") }
    var raw: Int32 = 0
    var peak = 0
    while waitpid(pid, &raw, WNOHANG) == 0 {
        peak = max(peak, highWaterKilobytes(pid))
        usleep(2_000)
    }
    let signal = raw & 0x7F
    return MeasuredRun(status: signal == 0 ? (raw >> 8) & 0xFF : 128 + signal, peakMegabytes: Double(peak) / 1024)
}

/// VmHWM from /proc/PID/status, in kB (0 once the process has let go of its memory).
private func highWaterKilobytes(_ pid: pid_t) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}
