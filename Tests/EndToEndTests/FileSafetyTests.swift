import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, files: nothing of the user's is replaced, followed or cut short by an export.
struct FileSafetyTests {
    private let folder: URL

    init() throws {
        folder = try shortScratchFolder("g")
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func inode(_ path: String) -> ino_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_ino : 0
    }

    private func mode(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
    }

    /// Runs `glosten -c commands` with stdout (or stderr) appended to `file`, as `>> file` does.
    private func appending(_ commands: String, to file: String, stream: Int32) throws -> Int32 {
        let descriptor = open(file, O_WRONLY | O_APPEND)
        defer { close(descriptor) }
        let process = Process()
        process.executableURL = try Binary.located.get()
        process.arguments = ["-c", commands]
        let handle = FileHandle(fileDescriptor: descriptor)
        if stream == 1 { process.standardOutput = handle } else { process.standardError = handle }
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test("export csv /dev/stdout and save /dev/stderr write through >> into the same file, never replace it")
    func standardStreamsWriteThrough() throws {
        let out = path("o.txt")
        let err = path("e.txt")
        try Data("PRE\n".utf8).write(to: URL(fileURLWithPath: out))
        try Data("PRE\n".utf8).write(to: URL(fileURLWithPath: err))
        let (outInode, errInode) = (inode(out), inode(err))
        #expect(try appending("quote; export csv /dev/stdout; quote", to: out, stream: 1) == 0)
        #expect(try appending("buy; save /dev/stderr", to: err, stream: 2) == 0)
        #expect(inode(out) == outInode && inode(err) == errInode)
        let quote = "bid 98.8000  ask 101.2000  spread 2.4000  mid 100.0000"
        #expect(
            try String(contentsOfFile: out, encoding: .utf8) == """
                PRE
                \(quote)
                t,order,trader,price,bid,ask,spread,mid,p_high,p_event,p_informed,mm_profit
                wrote 0 rows to /dev/stdout
                \(quote)

                """)
        #expect(
            try String(contentsOfFile: err, encoding: .utf8)
                == "PRE\n# glosten session: replay it with `glosten /dev/stderr`\nbuy\n")
    }

    @Test("a write-protected file is refused, a replaced file keeps its mode, links are never written through")
    func protectedModesAndLinks() throws {
        let locked = path("locked.csv")
        let private_ = path("private.csv")
        let victim = path("victim.txt")
        try Data("keep\n".utf8).write(to: URL(fileURLWithPath: locked))
        chmod(locked, 0o400)
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: private_))
        chmod(private_, 0o600)
        try Data("victim\n".utf8).write(to: URL(fileURLWithPath: victim))
        symlink(victim, path("link.csv"))
        symlink(path("nowhere.txt"), path("dangling.csv"))
        let result = try run(arguments: [
            "--keep-going", "-c",
            "buy; export csv \(locked); export csv \(private_); export csv \(path("link.csv")); export csv \(path("dangling.csv"))",
        ])
        #expect(
            result.stderrLines == [
                "-c:2: cannot write \(locked): the file is write-protected, so it is not replaced; nothing was written",
                "-c:4: cannot write \(path("link.csv")): it is a symbolic link (to \(victim)); glosten does not write through links: name the file itself; nothing was written",
                "-c:5: cannot write \(path("dangling.csv")): it is a symbolic link (to \(path("nowhere.txt"))); glosten does not write through links: name the file itself; nothing was written",
            ])
        #expect(try String(contentsOfFile: locked, encoding: .utf8) == "keep\n" && mode(locked) == 0o400)
        #expect(try String(contentsOfFile: private_, encoding: .utf8).hasPrefix("t,order") && mode(private_) == 0o600)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "victim\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("dangling.csv")) == path("nowhere.txt"))
        #expect(!FileManager.default.fileExists(atPath: path("nowhere.txt")))
    }

    @Test("a link planted where the old exports put their temporary file is not followed")
    func plantedExportTemporary() throws {
        let victim = path("victim.txt")
        try Data("victim\n".utf8).write(to: URL(fileURLWithPath: victim))
        let process = Process()
        process.executableURL = try Binary.located.get()
        process.currentDirectoryURL = folder
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        symlink(victim, path(".out.csv.\(process.processIdentifier).tmp"))
        input.fileHandleForWriting.write(Data("buy\nexport csv out.csv\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "victim\n")
        #expect(try String(contentsOfFile: path("out.csv"), encoding: .utf8).split(separator: "\n").count == 2)
    }

    @Test(
        "names: 255 bytes write; file/x, file/, a missing folder are named right; a#b.csv is a file; bad UTF-8 makes none"
    )
    func names() throws {
        let long = String(repeating: "n", count: 251) + ".csv"
        let file = path("file")
        try Data("file\n".utf8).write(to: URL(fileURLWithPath: file))
        let result = try run(arguments: [
            "--keep-going", "-c",
            "export csv \(path(long)); export csv \(file)/x; export csv \(file)/; export csv \(path("none"))/x; export csv \(path("a#b.csv"))",
        ])
        #expect(
            result.stderrLines == [
                "-c:2: cannot write \(file)/x: \(file) is a file, not a folder; nothing was written",
                "-c:3: cannot write \(file)/: \(file) is a file, not a folder; nothing was written",
                "-c:4: cannot write \(path("none"))/x: no folder \(path("none")); nothing was written",
            ])
        #expect(FileManager.default.fileExists(atPath: path(long)))
        #expect(
            FileManager.default.fileExists(atPath: path("a#b.csv"))
                && !FileManager.default.fileExists(atPath: path("a")))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "file\n")

        // An argument holding the byte 0xFF, which is not UTF-8, passed as raw bytes by sh.
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.currentDirectoryURL = folder
        shell.arguments = [
            "-c", "exec \"$0\" -c \"$(printf 'export csv bad\\377.csv')\"", try Binary.located.get().path,
        ]
        let shellErrors = Pipe()
        shell.standardError = shellErrors
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 1)
        #expect(
            String(decoding: shellErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                == "-c:1: line is not valid UTF-8 (bad byte at column 15); commands are plain UTF-8 text\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("bad") }.isEmpty)
    }

    @Test("an export to a FIFO nobody reads stops at Ctrl-C within a second, with a clear line")
    func fifoWithoutReader() throws {
        let fifo = path("fifo")
        mkfifo(fifo, 0o600)
        let (latency, status, errors) = try interruptedAfterHalfASecond(["-c", "buy; export csv \(fifo)"])
        #expect(latency < 1)
        #expect(status == 130)
        #expect(
            errors
                == "-c:2: cannot write \(fifo): interrupted while waiting for a reader to open the FIFO; nothing was written\n"
        )
    }

    @Test("a FIFO given as the script (as a process substitution is) is read like a pipe")
    func fifoAsScript() throws {
        let fifo = path("script")
        mkfifo(fifo, 0o600)
        DispatchQueue.global().async {
            let descriptor = open(fifo, O_WRONLY)
            _ = "quote\n".withCString { write(descriptor, $0, 6) }
            close(descriptor)
        }
        let result = try run(arguments: [fifo], timeout: 10)
        #expect(result.status == 0)
        #expect(result.stdoutLines == ["bid 98.8000  ask 101.2000  spread 2.4000  mid 100.0000"])
    }
}
