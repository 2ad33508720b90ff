/// Who a frame is for.
public enum Audience: Hashable, Sendable {
    case seat(Int)
    case everyone
    /// The teacher's console (the projected screen): text lines, never sent over the network.
    case teacher
}

/// One frame for one audience, as `ClassRoom.apply` returns them, in order.
public struct Outbound: Sendable, Equatable {
    public var to: Audience
    public var frame: ServerFrame

    public init(to: Audience, frame: ServerFrame) {
        self.to = to
        self.frame = frame
    }
}

/// What the student's page (or the teacher's console) receives, as type-tagged JSON: one object
/// with `type` (the case's name) and the payload's fields beside it, e.g.
/// `{"type":"called","seat":3,"deadline":41.5}`, `{"type":"message","text":"…"}` (`FrameCoding.swift`).
/// A frame sent to a seat never carries another student's role, nor a value before its reveal
/// (the informed student's own role card excepted: she sees the value).
public enum ServerFrame: Sendable, Equatable {
    /// A seat is hers: her name, the class code, the game running (if any) and her history.
    case welcome(Welcome)
    /// Her private role card for this round (`trade`) or game (`makers`).
    case role(RoleCard)
    /// The prices posted now (`trade`: the market maker's; `makers`: the best of the last round).
    case quotes(PostedQuotes)
    /// A student is called to trade until `deadline` (seconds on the host's clock).
    case called(seat: Int, deadline: Double)
    /// The room's `makers` round is open for quotes until `deadline`.
    case quoting(round: Int, deadline: Double)
    /// One line of the tape, anonymous.
    case tape(TapeEntry)
    /// Her own account: what she did, what it cost or earned so far (profit only once revealed).
    case pnl(Account)
    /// A round's (or a `makers` game's) end: the value, her result and the room's totals.
    case reveal(Reveal)
    /// The league: names and scores, ranked.
    case standings([Standing])
    case message(String)
    case error(code: ClassRefusal.Code, text: String)
    /// The game is paused (true) or running again (false).
    case paused(Bool)
    /// The game is over.
    case over
    /// Lines for the teacher's screen.
    case console([String])
}

public struct Welcome: Codable, Sendable, Equatable {
    public var seat: Int
    public var name: String
    public var code: String
    public var game: ClassGame?
    public var round: Int
    public var rounds: Int
}

/// A student's private role in a `trade` round, or her part in a `makers` game.
public struct RoleCard: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case informed, uninformed, maker }
    public var round: Int
    public var kind: Kind
    /// The value, on an informed student's card only.
    public var value: Double?
    /// An uninformed student's need (nil: she has none this round, as the model's uninformed may stay out).
    public var need: Side?
    /// What she pays if she does not trade toward her need.
    public var penalty: Double?
}

public struct PostedQuotes: Codable, Sendable, Equatable {
    public var round: Int
    /// nil: the side is withdrawn (or nobody quoted it).
    public var bid: Double?
    public var ask: Double?
}

/// A trade on the tape: no name, no role.
public struct TapeEntry: Codable, Sendable, Equatable {
    public var round: Int
    /// The order's place in the round, from 1.
    public var sequence: Int
    /// nil: a pass (`trade`) or no trade (`makers`).
    public var side: Side?
    public var price: Double?
}

/// A student's account as she sees it.
public struct Account: Codable, Sendable, Equatable {
    public var round: Int
    /// Her last action: `buy`, `sell`, `pass`, or her quotes `bid|ask`; `robot` when it played for her.
    public var action: String
    public var robot: Bool
    /// Lots held (a bought lot +1; in `makers`, a customer's buy filled by her −share).
    public var position: Double
    public var cash: Double
    /// Her score so far: known only for revealed rounds.
    public var score: Double?
}

/// What a seat learns at a reveal.
public struct Reveal: Codable, Sendable, Equatable {
    public var round: Int
    public var value: Double
    /// Her result this round (`trade`) or game (`makers`): trading profit, penalty, score.
    public var profit: Double?
    public var penalty: Double?
    public var score: Double?
    /// `trade`: the informed students' and the uninformed students' trading profit (the transfer the
    /// spread is) and the penalties paid, when each role has at least two students in the round
    /// (`TradeTotals`); otherwise nil, and `totalsWithheld` says why.
    public var informedTotal: Double?
    public var uninformedTotal: Double?
    public var penaltiesTotal: Double?
    /// `trade`: the computer's market maker; `makers`: the Bayesian market maker on the same arrivals.
    public var marketMakerProfit: Double
    public var totalsWithheld: String? = nil

    /// The page's keys: snake_case.
    enum CodingKeys: String, CodingKey {
        case round, value, profit, penalty, score
        case informedTotal = "informed_total"
        case uninformedTotal = "uninformed_total"
        case penaltiesTotal = "penalties_total"
        case marketMakerProfit = "market_maker_profit"
        case totalsWithheld = "totals_withheld"
    }
}

public struct Standing: Codable, Sendable, Equatable {
    public var rank: Int
    public var name: String
    public var score: Double
}
