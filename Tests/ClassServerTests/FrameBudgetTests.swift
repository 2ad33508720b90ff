import Testing

@testable import ClassServer

/// The per-connection budget, at explicit times: a burst of `burst` frames, then one refusal,
/// then silence until the bucket refills at `refillPerSecond`.
struct FrameBudgetTests {
    @Test func aFloodIsRefusedOnceThenDropped() {
        var budget = FrameBudget()
        let burst = Int(FrameBudget.burst)  // 20
        for _ in 0..<burst { #expect(budget.admit(at: 0) == .accept) }
        #expect(budget.admit(at: 0) == .refuseOnce)
        #expect(budget.admit(at: 0) == .drop)
        #expect(budget.admit(at: 0) == .drop)
        // 10 frames a second: after 1/10 s exactly one frame more is allowed, then the flood is
        // refused once again.
        #expect(budget.admit(at: 0.1) == .accept)
        #expect(budget.admit(at: 0.1) == .refuseOnce)
    }

    @Test func aSteadyPaceIsNeverRefused() {
        var budget = FrameBudget()
        // One frame every 1/10 s matches the refill rate: the bucket never empties.
        for step in 0..<200 { #expect(budget.admit(at: Double(step) / 10) == .accept) }
    }
}

/// Names, codes and the frames a page may send: each bad input gets its own refusal.
struct StudentInputTests {
    @Test func names() throws {
        var roster = SeatTable()
        let ada = try roster.admit(name: "  Ada L. ", token: "t1")
        #expect(ada.name == "Ada L." && ada.number == 1)
        roster.seat(ada)
        #expect(throws: HostRefusal.nameTaken("ada l.")) { try roster.admit(name: "ada l.", token: "t2") }
        #expect(throws: HostRefusal.badName("")) { try roster.admit(name: "", token: "t2") }
        #expect(throws: HostRefusal.badName("<script>")) { try roster.admit(name: "<script>", token: "t2") }
        let long = String(repeating: "a", count: FrameBudget.maximumNameLength + 1)
        #expect(throws: HostRefusal.badName(long)) { try roster.admit(name: long, token: "t2") }
        #expect(roster.seat(token: "t1") == ada && roster.seat(token: "t2") == nil)
        #expect(ada.tokenHash == SessionToken.digest("t1"))
    }

    @Test func codes() {
        #expect(JoinCode.normalised(" ab cd ") == "ABCD")
        var generator = SystemRandomNumberGenerator()
        let code = JoinCode.draw(using: &generator)
        #expect(code.count == JoinCode.length && code.allSatisfy { !"ILO01".contains($0) })
    }

    @Test func frames() throws {
        #expect(try StudentMessage.decode(#"{"type":"echo","text":"hi"}"#) == .echo("hi"))
        #expect(throws: HostRefusal.malformedFrame) { try StudentMessage.decode("not json") }
        #expect(throws: HostRefusal.malformedFrame) { try StudentMessage.decode(#"{"kind":"echo"}"#) }
        #expect(throws: HostRefusal.unknownFrameType("shout")) { try StudentMessage.decode(#"{"type":"shout"}"#) }
        let big = #"{"type":"echo","text":""# + String(repeating: "x", count: 3000) + #""}"#
        #expect(throws: HostRefusal.oversizedFrame(big.utf8.count)) { try StudentMessage.decode(big) }
    }
}
