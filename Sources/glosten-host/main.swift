import ClassServer
import Foundation

// The class server's process: `glosten-host [--port P] [--bind ADDR] [--db FILE] [--resume FILE]`.
// The teacher's shell starts it and reads its standard output (JSON lines); it never prints to a
// student.
signal(SIGINT, SIG_IGN)
let options: HostOptions
do {
    options = try HostOptions.parse(Array(CommandLine.arguments.dropFirst()))
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
