import ClassServer
import Foundation

// The class server's process: `glosten-host [--port P] [--bind ADDR] [--db FILE] [--resume FILE]
// [--model NAME]`, or `glosten-host bots N ADDRESS code C [seed S] [policy random|rational]`. The
// teacher's shell starts it and reads its standard output (JSON lines); it never prints to a student.
signal(SIGINT, SIG_IGN)
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "bots" {
    signal(SIGINT, SIG_DFL)
    do {
        try await RobotStudents.run(try RobotStudents.parse(Array(arguments.dropFirst())))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("glosten bots: \(error)\n".utf8))
        exit(2)
    }
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
