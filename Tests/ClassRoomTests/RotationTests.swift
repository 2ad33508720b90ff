import Testing

@testable import ClassRoom

/// Roles rotate: how many are informed is the model's draw (μ a seat), who is informed goes to
/// those informed least often so far.
@Suite struct RotationTests {
    /// The informed seats of each round, as the students' own role cards say.
    func informedByRound(_ d: Driver, seats: [Int]) -> [Int: Set<Int>] {
        var byRound: [Int: Set<Int>] = [:]
        for seat in seats {
            for frame in d.received(by: seat) {
                guard case .role(let card) = frame else { continue }
                if card.kind == .informed { byRound[card.round, default: []].insert(seat) } else { byRound[card.round, default: []].formUnion([]) }
            }
        }
        return byRound
    }

    @Test(arguments: [(7, 0.3, UInt64(1)), (12, 0.1, UInt64(2)), (5, 0.5, UInt64(3))])
    func everyStudentIsInformedOnceTheInformedPlacesReachTheClassSize(students: Int, mu: Double, seed: UInt64) throws {
        var d = Driver(ClassHarness.binary([("mu", mu)]))
        try d.seat(students)
        let rounds = 40
        try d.apply(.start(GameSetup(game: .trade, rounds: rounds, seed: seed, breakSeconds: 0)))
        for _ in 1..<rounds { try d.apply(.next) }
        let seats = Array(1...students)
        let byRound = informedByRound(d, seats: seats)
        #expect(byRound.count == rounds)
        var counts = Dictionary(uniqueKeysWithValues: seats.map { ($0, 0) })
        var places = 0
        for round in 1...rounds {
            let informed = byRound[round] ?? []
            places += informed.count
            for seat in informed { counts[seat, default: 0] += 1 }
            // Never more than one apart.
            #expect((counts.values.max() ?? 0) - (counts.values.min() ?? 0) <= 1, "round \(round): \(counts)")
            if places >= students { #expect(counts.values.allSatisfy { $0 >= 1 }, "round \(round)") }
        }
        // Over 40 rounds the informed share is near μ: within 4 standard errors of the binomial.
        let share = Double(places) / Double(rounds * students)
        let se = (mu * (1 - mu) / Double(rounds * students)).squareRoot()
        #expect(abs(share - mu) < 4 * se, "share \(share) against μ = \(mu)")
        #expect(places >= students, "the session was long enough for the claim to be tested")
    }

    @Test func nobodyIsInformedWhenNatureDrewNoEvent() throws {
        // α = 0.3: a round with no information event has V* = (100 + 104)/2 = 102 and, as in the
        // model, no informed trader; a round with news has some (μ = 0.6 a seat, 6 seats).
        var d = Driver(ClassHarness.binary([("alpha", 0.3), ("mu", 0.6)]))
        try d.seat(6)
        try d.apply(.start(GameSetup(game: .trade, rounds: 20, seed: 1, breakSeconds: 0)))
        var values: [Int: Double] = [:]
        for round in 1...20 {
            values[round] = try #require(d.tradeRound?.value)
            if round < 20 { try d.apply(.next) }
        }
        let byRound = informedByRound(d, seats: Array(1...6))
        let quiet = values.filter { $0.value == 102 }.map(\.key)
        #expect(!quiet.isEmpty && quiet.count < 20, "the seed gives rounds of both kinds")
        for round in quiet { #expect(byRound[round]?.isEmpty == true, "round \(round)") }
        #expect(values.filter { $0.value != 102 }.keys.contains { !(byRound[$0]?.isEmpty ?? true) })
    }
}
