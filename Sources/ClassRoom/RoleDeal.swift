import MarketCore
import ShellKit

/// Who is informed in a `trade` round, and what the others need.
///
/// How many: each seat draws one of the model's arrivals (`MakerMarket.arrival`), so a student is
/// informed with the model's μ, and nobody is when the model has no informed traders (the
/// binary model's no-event state). Who: the informed places go to the students informed least
/// often so far, ties broken by a seeded shuffle. So among students seated from the start, the
/// counts of informed rounds never differ by more than one, and every one of them has been
/// informed once the informed places dealt reach the class's size. The uninformed students take
/// the needs of the uninformed draws (buy with ε_b, sell with ε_s, none when the model's
/// uninformed may stay out), in seat order.
enum RoleDeal {
    static func deal(_ seats: [Seat], market: any MakerMarket, using rng: inout Xoshiro256) -> [Int: TradeRole] {
        let draws = seats.map { _ in market.arrival(using: &rng) }
        let informedCount = draws.filter(\.informed).count
        var needs = draws.filter { !$0.informed }.map(\.wanted).makeIterator()
        let tieBreak = shuffled(seats.map(\.number), using: &rng)
        let priority = Dictionary(uniqueKeysWithValues: tieBreak.enumerated().map { ($1, $0) })
        let byTurn = seats.sorted {
            ($0.informedRounds, priority[$0.number] ?? 0) < ($1.informedRounds, priority[$1.number] ?? 0)
        }
        let informed = Set(byTurn.prefix(informedCount).map(\.number))
        var roles: [Int: TradeRole] = [:]
        for seat in seats.map(\.number).sorted() {
            if informed.contains(seat) {
                roles[seat] = TradeRole(informed: true, need: nil)
            } else {
                let wanted = needs.next() ?? Order.none
                roles[seat] = TradeRole(informed: false, need: wanted == .buy ? .buy : wanted == .sell ? .sell : nil)
            }
        }
        return roles
    }

    /// A Fisher–Yates shuffle on the project's generator (the standard library's `shuffled(using:)`
    /// does not promise the same order across versions, and a seed must replay).
    static func shuffled(_ items: [Int], using rng: inout Xoshiro256) -> [Int] {
        var items = items
        guard items.count > 1 else { return items }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = Int(rng.next() % UInt64(i + 1))
            items.swapAt(i, j)
        }
        return items
    }
}
