import ClassServer
import Foundation

// The class server's process: `glosten-host [--port P] [--bind ADDR] [--db FILE] [--resume FILE]
// [--model NAME]`, or `glosten-host bots N ADDRESS code C [seed S] [policy random|rational]`, or
// `glosten-host bench [players N] [idle M] [rounds R] [seed S]` (ClassBench.swift). The teacher's
// shell starts it and reads its standard output (JSON lines); it never prints to a student.
signal(SIGINT, SIG_IGN)
let arguments = Array(CommandLine.arguments.dropFirst())
/// Runs `bots` or `bench` to its end: exits 0, or 2 with its error on standard error.
func subcommand(_ label: String, _ body: () async throws -> Void) async -> Never {
    signal(SIGINT, SIG_DFL)
    do {
        try await body()
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(label): \(error)\n".utf8))
        exit(2)
    }
}
switch arguments.first {
case "bots": await subcommand("glosten bots") { try await RobotStudents.run(try RobotStudents.parse(Array(arguments.dropFirst()))) }
case "bench": await subcommand("glosten-host bench") { try await ClassBench.run(try ClassBench.parse(Array(arguments.dropFirst()))) }
default: break
}
let options: HostOptions
do {
    options = try HostOptions.parse(arguments)
} catch {
    FileHandle.standardError.write(Data((HostOptions.line(error) + "\n").utf8))
    exit(2)
}
do {
    try await HostProcess.run(options)
} catch {
    FileHandle.standardError.write(Data("glosten-host: \(error)\n".utf8))
    exit(1)
}
