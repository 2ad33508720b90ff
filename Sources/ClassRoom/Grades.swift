import MarketCore
import ShellKit

/// One row of a CSV or JSON export: named fields in order, snake_case. Where a field is a quantity
/// the shell's `--json` records also give, it has their name: `t`, `order`, `price`, `bid`, `ask`,
/// `trader` (a buy's record), `true_value`, `pnl`, `mm_pnl` (the maker game's round records).
/// `kind` says which game's row it is (`trade_turn`, `makers_quote`).
public struct ExportRow: Sendable, Equatable {
    public var fields: [Field]

    public struct Field: Sendable, Equatable {
        public var name: String
        /// The value as text (numbers in full, `Format.exact`); empty when undefined.
        public var value: String
    }

    init(_ pairs: KeyValuePairs<String, String>) {
        fields = pairs.map { Field(name: $0.key, value: $0.value) }
    }

    init(fields: [Field]) { self.fields = fields }

    public var names: [String] { fields.map(\.name) }

    /// Rows as CSV (RFC 4180): a header of every name the rows use, in the order first met, then
    /// one line per row (empty where a row lacks the field); a field with a comma, a quote or a line
    /// break is quoted, its quotes doubled.
    public static func csv(_ rows: [ExportRow]) -> String {
        guard !rows.isEmpty else { return "" }
        func field(_ text: String) -> String {
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
            return "\"" + String(text.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
        }
        var header: [String] = []
        for name in rows.flatMap(\.names) where !header.contains(name) { header.append(name) }
        let lines = [header.map(field)] + rows.map { row in header.map { field(row[$0] ?? "") } }
        return lines.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
    public subscript(_ name: String) -> String? { fields.first { $0.name == name }?.value }
}

/// A student's grade in one role: how often she played her own turns, and her Borda rank among
/// the students of the same role (not her earnings, which depend on the role she drew).
///
/// Borda: in a group of n ≥ 2 students of one role (one `trade` round's informed, or its
/// uninformed; one `makers` game's makers), she scores the number she beat plus half the number
/// she tied, divided by n − 1, so 1 is first, 0 last. `borda` is the mean over the groups she was
/// ranked in (nil when none had two students).
public struct Grade: Sendable, Equatable {
    public var seat: Int
    public var name: String
    /// `informed`, `uninformed` (trade) or `maker`.
    public var role: String
    /// Groups she was ranked in, and her mean normalised Borda score.
    public var ranked: Int
    public var borda: Double?
    /// Turns she was given and played herself, over the whole class.
    public var turns: Int
    public var played: Int
    public var participation: Double? { turns == 0 ? nil : Double(played) / Double(turns) }

    public var row: ExportRow {
        ExportRow([
            "seat": String(seat), "name": name, "role": role, "ranked": String(ranked),
            "borda": borda.map(Format.exact) ?? "", "turns": String(turns), "played": String(played),
            "participation": participation.map(Format.exact) ?? "",
        ])
    }
}

enum Borda {
    /// Each member's normalised Borda score in one group (empty for a group of fewer than two).
    static func scores(_ group: [Int: Double]) -> [Int: Double] {
        guard group.count >= 2 else { return [:] }
        let n = Double(group.count - 1)
        return group.mapValues { mine in
            let beaten = group.values.filter { $0 < mine }.count
            let tied = group.values.filter { $0 == mine }.count - 1
            return (Double(beaten) + Double(tied) / 2) / n
        }
    }
}

extension ClassRoom {
    /// Every game played or being played, oldest first.
    var allGames: [GameState] { finished + (game.map { [$0] } ?? []) }

    /// One row per student and role she was ranked or seated in, in seat order then role.
    public func grades() -> [Grade] {
        var sums: [String: [Int: (total: Double, count: Int)]] = [:]
        func add(_ role: String, _ group: [Int: Double]) {
            for (seat, score) in Borda.scores(group) {
                let old = sums[role, default: [:]][seat] ?? (0, 0)
                sums[role, default: [:]][seat] = (old.total + score, old.count + 1)
            }
        }
        var seen: [String: Set<Int>] = [:]
        for game in allGames {
            switch game {
            case .trade(let trade):
                for round in trade.rounds {
                    let played = (round.results ?? []).filter { $0.action != nil }
                    for (role, informed) in [("informed", true), ("uninformed", false)] {
                        let group = played.filter { $0.role.informed == informed }
                        seen[role, default: []].formUnion(group.map(\.seat))
                        add(role, Dictionary(uniqueKeysWithValues: group.map { ($0.seat, $0.score) }))
                    }
                }
            case .makers(let makers):
                guard makers.isOver else { continue }
                seen["maker", default: []].formUnion(makers.ledgers.keys)
                add("maker", makers.ledgers.mapValues(\.profit))
            }
        }
        var rows: [Grade] = []
        for seat in roster.seats.values.sorted(by: { $0.number < $1.number }) {
            for role in ["informed", "uninformed", "maker"] where seen[role]?.contains(seat.number) == true {
                let sum = sums[role]?[seat.number]
                rows.append(
                    Grade(
                        seat: seat.number, name: seat.name, role: role, ranked: sum?.count ?? 0,
                        borda: sum.map { $0.total / Double($0.count) }, turns: seat.turns, played: seat.played))
            }
        }
        return rows
    }

    /// One row per turn of every `trade` game's revealed rounds (the teacher's export: roles included).
    public func tradeRows() -> [ExportRow] {
        var rows: [ExportRow] = []
        for (index, game) in allGames.enumerated() {
            guard case .trade(let trade) = game else { continue }
            for round in trade.rounds {
                for result in round.results ?? [] {
                    guard let action = result.action else { continue }
                    let order = action.side?.order ?? .none
                    rows.append(
                        ExportRow([
                            "kind": "trade_turn", "game": String(index + 1), "round": String(round.number),
                            "t": String(action.sequence),
                            "seat": String(result.seat), "name": roster.seats[result.seat]?.name ?? "",
                            "order": order.word, "price": action.price.map(Format.exact) ?? "",
                            "bid": action.bid.map(Format.exact) ?? "", "ask": action.ask.map(Format.exact) ?? "",
                            "true_value": Format.exact(round.value),
                            "trader": (result.role.informed ? Trader.informed : Trader.uninformed).tapeWord,
                            "need": result.role.need?.rawValue ?? "", "robot": action.robot ? "true" : "false",
                            "pnl": Format.exact(result.profit), "penalty": Format.exact(result.penalty),
                            "score": Format.exact(result.score),
                        ]))
                }
            }
        }
        return rows
    }
}

extension ClassRoom {
    /// One row per student and round of every `makers` game played to its end (the value is known):
    /// her quotes, her share of the order, and what it earned her at the value.
    public func makersRows() -> [ExportRow] {
        var rows: [ExportRow] = []
        for (index, game) in allGames.enumerated() {
            guard case .makers(let makers) = game, makers.isOver else { continue }
            let v = makers.market.trueValue
            for round in makers.played {
                for (seat, entry) in round.quotes.sorted(by: { $0.key < $1.key }) {
                    let share = round.fills[seat] ?? 0
                    let sign: Double = round.order == .buy ? 1 : round.order == .sell ? -1 : 0
                    let profit = share == 0 ? 0 : sign * ((round.price ?? 0) - v) * share
                    rows.append(
                        ExportRow([
                            "kind": "makers_quote", "game": String(index + 1), "round": String(round.number),
                            "seat": String(seat),
                            "name": roster.seats[seat]?.name ?? "", "bid": entry.quote.bid.map(Format.exact) ?? "",
                            "ask": entry.quote.ask.map(Format.exact) ?? "", "robot": entry.robot ? "true" : "false",
                            "order": round.order.word, "price": round.price.map(Format.exact) ?? "",
                            "share": Format.exact(share), "true_value": Format.exact(v),
                            "trader": (round.arrival.informed ? Trader.informed : Trader.uninformed).tapeWord,
                            "pnl": Format.exact(profit), "mm_pnl": Format.exact(round.bayesProfit),
                        ]))
                }
            }
        }
        return rows
    }
}
