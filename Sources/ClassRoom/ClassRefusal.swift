import ShellKit

/// Why an event cannot be applied: a code the page can act on and one clear line saying what is
/// wrong and what is accepted. A refused event leaves the room unchanged.
public struct ClassRefusal: Error, Equatable, Sendable {
    public enum Code: String, Codable, Sendable {
        case unknownSeat, seatTaken, badName, nameTaken, wrongToken, kicked
        case noGame, gameRunning, gameOver, wrongGame, badSetup, notInModel, nobodyHere
        case notYourTurn, alreadyActed, paused, notPaused, sideClosed, roundNotRunning
        case quoteOutOfRange, crossedQuote, badMessage
    }

    public let code: Code
    public let text: String

    public init(_ code: Code, _ text: String) {
        self.code = code
        self.text = text
    }
}

/// Every sentence the engine refuses with, in one place.
extension ClassRefusal {
    static func unknownSeat(_ seat: Int) -> ClassRefusal {
        ClassRefusal(.unknownSeat, "seat \(seat) is not in this class: join with the class code first")
    }
    static func seatTaken(_ seat: Int) -> ClassRefusal {
        ClassRefusal(.seatTaken, "seat \(seat) is taken: a new student takes a free seat")
    }
    static let badName = ClassRefusal(
        .badName, "a name is 1 to \(Roster.nameLimit) characters, letters, digits, spaces and - . ' only")
    static func nameTaken(_ name: String) -> ClassRefusal {
        ClassRefusal(.nameTaken, "the name '\(name)' is taken in this class: choose another")
    }
    static let wrongToken = ClassRefusal(.wrongToken, "this session token does not open that seat: join again with the class code")
    static func kicked(_ seat: Int) -> ClassRefusal {
        ClassRefusal(.kicked, "seat \(seat) was removed by the teacher")
    }
    static let noGame = ClassRefusal(.noGame, "no game is running: the teacher starts one with class start trade|makers")
    static let nobodyHere = ClassRefusal(
        .nobodyHere, "nobody has joined yet: students join with the class code (or add bots) before the game starts")
    static let gameRunning = ClassRefusal(.gameRunning, "a game is running: stop it first (class stop)")
    static let gameOver = ClassRefusal(.gameOver, "the game is over: the teacher starts a new one with class start")
    static func wrongGame(_ game: ClassGame) -> ClassRefusal {
        switch game {
        case .trade: ClassRefusal(.wrongGame, "this is the trade game: buy, sell or pass when you are called")
        case .makers: ClassRefusal(.wrongGame, "this is the makers game: quote a bid and an ask")
        }
    }
    static func badRounds(_ rounds: Int) -> ClassRefusal {
        ClassRefusal(.badSetup, "rounds \(rounds) is not playable: rounds takes a whole number from 1 to \(GameSetup.maxRounds)")
    }
    static func badSeconds(_ seconds: Double) -> ClassRefusal {
        let range = GameSetup.secondsRange
        return ClassRefusal(
            .badSetup,
            "\(Format.value(seconds)) seconds is not a turn: seconds takes a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
    }
    static let badBreak = ClassRefusal(.badSetup, "the break between rounds takes 0 (wait for next) to 600 seconds")
    static let badPenalty = ClassRefusal(.badSetup, "the penalty takes a number above 0, or nothing for the opening spread")
    static func notInModel(_ why: String) -> ClassRefusal { ClassRefusal(.notInModel, why) }
    static func unknownModel(_ name: String) -> ClassRefusal {
        ClassRefusal(.notInModel, "there is no model named \(name): the class games play binary and normal")
    }
    static func notYourTurn(_ seat: Int, called: Int?) -> ClassRefusal {
        if let called { return ClassRefusal(.notYourTurn, "it is not your turn: seat \(called) is trading; wait to be called") }
        return ClassRefusal(.notYourTurn, "it is not your turn: wait to be called")
    }
    static let alreadyActed = ClassRefusal(.alreadyActed, "you have already played this round: wait for the next one")
    static let notInRound = ClassRefusal(.alreadyActed, "you joined during this round: you play from the next one")
    static let paused = ClassRefusal(.paused, "the game is paused: wait for the teacher to resume")
    static let notPaused = ClassRefusal(.notPaused, "the game is not paused")
    static func sideClosed(_ side: Side) -> ClassRefusal {
        let other = side == .buy ? "sell" : "buy"
        return ClassRefusal(
            .sideClosed, "the market maker has withdrawn the \(side == .buy ? "ask" : "bid"): you can \(other) or pass")
    }
    static let roundNotRunning = ClassRefusal(.roundNotRunning, "no round is running: wait for the next one")
    static func quoteOutOfRange(_ range: ClosedRange<Double>) -> ClassRefusal {
        ClassRefusal(.quoteOutOfRange, "a quote is a price from \(Format.value(range.lowerBound)) to \(Format.value(range.upperBound))")
    }
    static func crossed(_ line: String) -> ClassRefusal { ClassRefusal(.crossedQuote, line) }
    static let badMessage = ClassRefusal(.badMessage, "a message is 1 to \(Roster.messageLimit) characters on one line")
}
