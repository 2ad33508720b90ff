import Foundation

/// How `glosten-host` was asked to run.
public struct HostOptions: Equatable, Sendable {
    public var port = 8080
    public var bind = "0.0.0.0"
    /// The log of a new class; nil: a file named after the time, in the current folder.
    public var database: String?
    /// The log of a class to continue.
    public var resume: String?
    /// The model the games play (`binary` or `normal`, at its default parameters).
    public var model = "binary"

    public init() {}

    /// What is wrong with the command line.
    public enum Problem: Error, Equatable {
        case missingValue(String)
        case badPort(String)
        case unknownOption(String)
        case bothDatabaseAndResume
    }

    /// Parses `--port P --bind ADDR --db FILE --resume FILE`.
    public static func parse(_ arguments: [String]) throws(Problem) -> HostOptions {
        var options = HostOptions()
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard ["--port", "--bind", "--db", "--resume", "--model"].contains(flag) else { throw .unknownOption(flag) }
            guard let value = rest.popFirst() else { throw .missingValue(flag) }
            switch flag {
            case "--port":
                guard let port = Int(value), (0...65535).contains(port) else { throw .badPort(value) }
                options.port = port
            case "--bind": options.bind = value
            case "--db": options.database = value
            case "--model": options.model = value
            default: options.resume = value
            }
        }
        if options.database != nil && options.resume != nil { throw .bothDatabaseAndResume }
        return options
    }

    /// One line for a problem.
    public static func line(_ problem: any Error) -> String {
        switch problem as? Problem {
        case .missingValue(let flag)?: "glosten host: \(flag) needs a value."
        case .badPort(let value)?: "glosten host: “\(value)” is not a port: give a whole number from 0 to 65535."
        case .unknownOption(let flag)?:
            "glosten host: “\(flag)” is not an option: use --port P, --bind ADDR, --db FILE, --resume FILE or --model NAME."
        case .bothDatabaseAndResume?: "glosten host: give --db for a new class or --resume for an old one, not both."
        case nil: "glosten host: \(problem)"
        }
    }
}
