import ShellKit
import Testing

@testable import ClassRoom

/// Every frame a seat receives over a whole seeded game: never another student's role, never a
/// value before its reveal (an informed student's own card excepted).
@Suite struct LeakTests {
    /// Every number a frame carries, found by walking its fields; the clock's deadlines (seconds,
    /// which can read 100 when a value is 100) are not prices.
    func numbers(in value: Any) -> [Double] {
        if let x = value as? Double { return [x] }
        return Mirror(reflecting: value).children.filter { $0.label != "deadline" }.flatMap { numbers(in: $0.value) }
    }

    /// A game with every kind of turn: orders, passes, robots, a leave and a rejoin.
    func playedTrade(_ market: any ModelMarket, seed: UInt64) throws -> (Driver, [Int: TradeRound]) {
        var d = Driver(market)
        try d.seat(6)
        try d.apply(.start(GameSetup(game: .trade, rounds: 8, seed: seed, breakSeconds: 0)))
        var rounds: [Int: TradeRound] = [:]
        var turn = 0
        while d.room.gameRunning != nil {
            if let seat = d.called {
                turn += 1
                if turn == 4 { try d.apply(.leave(seat: 3)) }
                if turn == 9 { try d.apply(.rejoin(seat: 3, tokenHash: "t3")) }
                // Leaving may have let the robot play the called seat.
                guard d.called == seat else { continue }
                switch turn % 4 {
                case 0: try d.apply(.order(seat: seat, side: .buy))
                case 1: try d.apply(.order(seat: seat, side: .sell))
                case 2: try d.apply(.pass(seat: seat))
                default: d.wait(10)
                }
            } else {
                if let round = d.tradeRound { rounds[round.number] = round }
                try d.apply(.next)
            }
        }
        return (d, rounds)
    }

    @Test(arguments: [UInt64(3), 8, 13])
    func aTradeGameLeaksNoRoleAndNoValue(seed: UInt64) throws {
        for market in [ClassHarness.binary(), ClassHarness.normal()] {
            let (d, rounds) = try playedTrade(market, seed: seed)
            #expect(rounds.count == 8)
            for seat in 1...6 {
                var round = 0
                var revealed = true
                var cards = 0
                for frame in d.received(by: seat) {
                    switch frame {
                    case .role(let card):
                        // Her own role, as the engine dealt it, and the value only on an informed card.
                        round = card.round
                        revealed = false
                        let role = try #require(rounds[card.round]?.roles[seat])
                        #expect(card.kind == (role.informed ? .informed : .uninformed))
                        #expect(card.need == role.need)
                        #expect(card.value == (role.informed ? rounds[card.round]?.value : nil))
                        cards += 1
                        continue
                    case .reveal(let r):
                        #expect(r.round == round)
                        revealed = true
                        continue
                    default:
                        break
                    }
                    guard !revealed, let value = rounds[round]?.value, rounds[round]?.roles[seat]?.informed == false
                    else { continue }
                    #expect(!numbers(in: frame).contains(value), "seat \(seat), round \(round): \(frame)")
                }
                #expect(cards >= 8, "seat \(seat) got a card each round (and again on rejoining)")
            }
            // No frame for one seat goes to another: each seat's frames are its own or everyone's.
            let addressed = d.frames.filter { if case .seat = $0.to { true } else { false } }
            for out in addressed {
                guard case .seat(let seat) = out.to else { continue }
                if case .role(let card) = out.frame {
                    #expect(rounds[card.round]?.roles[seat] != nil)
                }
            }
            // Everyone's frames carry no role card and no reveal (those are private).
            for out in d.frames where out.to == .everyone {
                switch out.frame {
                case .role, .reveal, .pnl, .welcome: Issue.record("a private frame to everyone: \(out.frame)")
                default: break
                }
            }
        }
    }

    @Test func theTeachersScreenShowsNoRoleAndNoValueBeforeTheReveal() throws {
        let (d, rounds) = try playedTrade(ClassHarness.normal(), seed: 5)
        var round = 0
        for out in d.frames where out.to == .teacher {
            guard case .console(let lines) = out.frame else { continue }
            for line in lines {
                if line.hasPrefix("round "), let n = Int(line.dropFirst(6).prefix { $0.isNumber }) {
                    if line.contains("the value was") { round = -n } else { round = n }
                }
                guard round > 0, let value = rounds[round]?.value else { continue }
                #expect(!line.contains(Format.price(value)) && !line.contains(Format.value(value)), "\(line)")
                // No student's role: her name never shares a line with "informed" or a need.
                let named = (1...6).contains { line.contains("S\($0) ") || line.hasSuffix("S\($0)") }
                #expect(!line.contains("needs to") && !(named && line.contains("informed")), "\(line)")
            }
        }
    }

    @Test func aMakersGameShowsNoValueBeforeItsEnd() throws {
        var d = Driver(ClassHarness.normal())
        try d.seat(3)
        try d.apply(.start(GameSetup(game: .makers, rounds: 6, seed: 2)))
        let game = try #require(d.room.game.flatMap { if case .makers(let g) = $0 { g } else { nil } })
        let value = game.market.trueValue
        for round in 1...6 {
            try d.apply(.quote(seat: 1, bid: 99 + Double(round) / 10, ask: 101))
            d.wait(10)
        }
        #expect(d.room.gameRunning == nil)
        for seat in 1...3 {
            var revealed = false
            for frame in d.received(by: seat) {
                if case .reveal = frame { revealed = true }
                if !revealed { #expect(!numbers(in: frame).contains(value), "seat \(seat): \(frame)") }
            }
            #expect(revealed)
        }
    }
}
