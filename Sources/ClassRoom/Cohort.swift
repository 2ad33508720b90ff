import MarketCore
import ShellKit

/// One class's figures, read off its export rows (`tradeRows`, `makersRows`, or an earlier
/// class's export file): what `class compare` sets side by side.
public struct Cohort: Sendable {
    /// Turns of one role in `trade`: how many, their P&L, and how many the student played herself.
    public struct Role: Equatable, Sendable {
        public var turns = 0
        public var pnl = 0.0
        public var played = 0
        public var meanPnl: Double? { turns == 0 ? nil : pnl / Double(turns) }
        public var participation: Double? { turns == 0 ? nil : Double(played) / Double(turns) }

        mutating func add(pnl: Double, robot: Bool) {
            turns += 1
            self.pnl += pnl
            if !robot { played += 1 }
        }
    }

    /// `trade`: the informed students' turns and the uninformed ones'.
    public var informed = Role()
    public var uninformed = Role()
    /// `trade`, per revealed round: the informed students' total P&L and the uninformed ones'.
    /// Trading is zero-sum at the value, so the market maker made −(informed + uninformed).
    public var tradeRounds: [String: (informed: Double, uninformed: Double)] = [:]
    /// `makers`: the students' quotes (one a student a round), and per round their mean P&L and
    /// the Bayesian market maker's P&L on the same arrival.
    public var makers = Role()
    public var makersRounds: [String: (pnl: Double, quotes: Int, bayes: Double)] = [:]
    /// The students named in the rows.
    public var students: Set<String> = []

    /// The figures of `rows`; nil when a row lacks what the figures need (it is not a class export).
    public init?(rows: [ExportRow]) {
        for row in rows {
            guard let game = row["game"], let round = row["round"], let pnl = row["pnl"].flatMap(Double.init),
                let robot = row["robot"]
            else { return nil }
            let key = game + "/" + round
            let isRobot = robot == "true"
            students.insert(row["name"] ?? "")
            switch row["kind"] {
            case "trade_turn":
                let isInformed = row["trader"] == Trader.informed.tapeWord
                var totals = tradeRounds[key] ?? (0, 0)
                if isInformed {
                    informed.add(pnl: pnl, robot: isRobot)
                    totals.informed += pnl
                } else {
                    uninformed.add(pnl: pnl, robot: isRobot)
                    totals.uninformed += pnl
                }
                tradeRounds[key] = totals
            case "makers_quote":
                guard let bayes = row["mm_pnl"].flatMap(Double.init) else { return nil }
                makers.add(pnl: pnl, robot: isRobot)
                let old = makersRounds[key] ?? (0, 0, bayes)
                makersRounds[key] = (old.pnl + pnl, old.quotes + 1, bayes)
            default:
                return nil
            }
        }
    }

    /// Per round: the transfer (what the informed made), the uninformed's P&L, the market maker's.
    var transfers: [Double] { tradeRounds.values.map(\.informed) }
    var uninformedRounds: [Double] { tradeRounds.values.map(\.uninformed) }
    var marketMakerRounds: [Double] { tradeRounds.values.map { -($0.informed + $0.uninformed) } }
    /// Per `makers` round: the students' mean P&L, and the Bayesian market maker's.
    var makersMeans: [Double] { makersRounds.values.map { $0.pnl / Double($0.quotes) } }
    var bayesRounds: [Double] { makersRounds.values.map(\.bayes) }
}
