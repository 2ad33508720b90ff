@testable import BinaryShell
import Testing

@testable import MarketModel
@testable import ShellKit

/// Parsing: one line in, one `Command` or one `ShellError` out.
struct ParserTests {
    private func parse(_ text: String) throws(ShellError) -> Command? {
        try Parser.parse(Array(text.utf8))
    }

    /// Verbs, aliases and case are read from the verb table.
    @Test func verbsAndAliases() throws {
        #expect(try parse("buy") == .market(.order(.buy)))
        #expect(try parse("  SELL  ") == .market(.order(.sell)))
        #expect(try parse("pass") == .market(.order(.none)))
        #expect(try parse("exit") == .shell(.quit))
        #expect(try parse("run 25") == .market(.run(25)))
        #expect(try parse("history") == .market(.history(nil)))
        #expect(try parse("help odds") == .shell(.help("odds")))
    }

    /// A lesson's name is never read as a word of `lesson`'s syntax (issue 22.2: `lesson play
    /// present` said "no lesson named 'present'"): the lesson `play` can be presented, printed and
    /// started, and no lesson may be named after a subcommand.
    @Test func lessonNamesNeverCollideWithTheSyntax() throws {
        #expect(try parse("lesson play present") == .shell(.lesson(.present("play"))))
        #expect(try parse("lesson bayes present") == .shell(.lesson(.present("bayes"))))
        #expect(try parse("lesson play play") == .shell(.lesson(.play("play"))))
        #expect(try parse("lesson play bayes") == .shell(.lesson(.play("bayes"))))
        #expect(try parse("lesson bayes play") == .shell(.lesson(.play("bayes"))))
        #expect(try parse("lesson play") == .shell(.lesson(.start("play"))))
        #expect(try parse("lesson check play") == .shell(.lesson(.check("play"))))
        #expect(try parse("lesson quit") == .shell(.lesson(.quit)))
        for reserved in LessonRequestSyntax.subcommands {
            #expect(!LessonLibrary.isValidName(reserved), "\(reserved) could name a lesson")
        }
        #expect(throws: ShellError.self) { try parse("lesson present") }
        #expect(throws: ShellError.self) { try parse("lesson present play") }
    }

    /// Blank lines and comments are not commands.
    @Test func blankAndComment() throws {
        #expect(try parse("") == nil)
        #expect(try parse("   \t ") == nil)
        #expect(try parse("# a note") == nil)
        #expect(try parse("buy # the first order") == .market(.order(.buy)))
    }

    /// Numbers: decimals and fractions; never nan, inf, hex or underscores.
    @Test func numbers() throws {
        #expect(NumberSyntax.number("0.3") == 0.3)
        #expect(NumberSyntax.number(".3") == 0.3)
        #expect(NumberSyntax.number("-2") == -2)
        #expect(NumberSyntax.number("1e-3") == 0.001)
        #expect(NumberSyntax.number("1/3") == 1.0 / 3.0)
        for bad in [
            "nan", "inf", "-inf", "0x10", "1_000", "1e400", "1/0", "", ".", "1..2", "1e", "abc", "3/", "/3", "1/2/3",
        ] {
            #expect(NumberSyntax.number(bad) == nil, "accepted \(bad)")
        }
    }

    /// Each value of `set` is typed at parse time.
    @Test func settings() throws {
        #expect(try parse("set mu 1/4") == .market(.setParameter("mu", 0.25)))
        #expect(try parse("set tolerance off") == .market(.setParameter("tolerance", .infinity)))
        #expect(try parse("set truth LOW") == .market(.setTruth(.state("low"))))
        #expect(try parse("set seed 18446744073709551615") == .shell(.seed(.max)))
        #expect(throws: ShellError.badSeed("-1")) { try parse("set seed -1") }
        #expect(throws: ShellError.badTruth("up", accepts: "high, low or none")) { try parse("set truth up") }
    }

    /// The errors carry what the message needs: the word, the nearest verb, the usage.
    @Test func errors() {
        #expect(throws: ShellError.unknownVerb("sel", suggestion: "sell")) { try parse("sel") }
        #expect(throws: ShellError.unknownVerb("zzzz", suggestion: nil)) { try parse("zzzz") }
        #expect(throws: ShellError.missingArgument(verb: "run", usage: "run N")) { try parse("run") }
        #expect(throws: ShellError.extraArguments(verb: "buy", usage: "buy", extra: ["3", "x"])) {
            try parse("buy 3 x")
        }
        #expect(throws: ShellError.badCount(verb: "run", text: "1e12", accepted: 1...maximumRun)) {
            try parse("run 1e12")
        }
        #expect(throws: ShellError.badCount(verb: "run", text: "0", accepted: 1...maximumRun)) { try parse("run 0") }
        #expect(throws: ShellError.unknownParameter("muu", suggestion: "mu", names: settingRows(.binary).map(\.name))) {
            try parse("set muu 1")
        }
        #expect(
            throws: ShellError.notANumber(name: "mu", text: "abc", accepts: "a number from 0 up to but not including 1")
        ) { try parse("set mu abc") }
    }

    /// Bytes that are not a command line are refused before any word is read.
    @Test func hostileBytes() {
        #expect(throws: ShellError.nulByte(column: 4)) { try Parser.parse(Array("buy".utf8) + [0]) }
        #expect(throws: ShellError.invalidUTF8(column: 3)) { try Parser.parse([0x62, 0x75, 0xFF]) }
        #expect(throws: ShellError.invalidUTF8(column: 1)) { try Parser.parse([0xC3]) }
        #expect(throws: ShellError.controlCharacter(scalar: 0x1B, column: 1)) {
            try Parser.parse([0x1B] + Array("[31mbuy".utf8))
        }
        #expect(throws: ShellError.controlCharacter(scalar: 0x9B, column: 4)) {
            try Parser.parse(Array("buy\u{9B}31m".utf8))
        }
        #expect(throws: ShellError.controlCharacter(scalar: 0x7F, column: 3)) {
            try Parser.parse(Array("é\u{7F}".utf8))
        }
        #expect(throws: ShellError.lineTooLong(limit: Parser.maximumLineBytes)) {
            try Parser.parse([UInt8](repeating: UInt8(ascii: "b"), count: 1 << 20))
        }
        #expect(throws: ShellError.unknownVerb("é", suggestion: nil)) { try Parser.parse(Array("é".utf8)) }
    }

    /// Every verb in the table parses from its own name (help and completion read the same table).
    @Test func tableDrivesParsing() throws {
        for verb in verbTable {
            switch verb.arguments {
            case .count: #expect(try parse("\(verb.name) 1") != nil)
            case .setting: #expect(try parse("\(verb.name) mu 0.2") != nil)
            case .choice(let choices): #expect(try parse("\(verb.name) \(choices[0])") != nil)
            case .plotKind: #expect(try parse("\(verb.name) spread") != nil)
            case .formatAndFile(let formats): #expect(try parse("\(verb.name) \(formats[0]) out.x") != nil)
            case .file: #expect(try parse("\(verb.name) out.x") != nil)
            default: #expect(try parse(verb.name) != nil)
            }
        }
    }
}

/// Fixed-point formatting, written without `String(format:)`.
struct FormatTests {
    @Test func fixedPlaces() {
        #expect(Format.fixed(102.6, places: 4) == "102.6000")
        #expect(Format.fixed(11238.0 / 109.0, places: 4) == "103.1009")
        #expect(Format.fixed(-0.099_08, places: 4) == "-0.0991")
        #expect(Format.fixed(-0.000_01, places: 4) == "0.0000")
        #expect(Format.fixed(0.000_05, places: 4) == "0.0001")
        #expect(Format.fixed(7, places: 0) == "7")
    }
}
