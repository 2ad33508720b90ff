import Testing

@testable import ClassServer

/// The robots' words and their rational play: an informed robot trades toward the value when
/// the price pays, an uninformed one toward its need.
struct RobotStudentsTests {
    @Test func words() throws {
        let options = try RobotStudents.parse(["200", "http://127.0.0.1:8080/", "code", "ABCD", "seed", "7", "policy", "random"])
        #expect(options.count == 200 && options.address == "http://127.0.0.1:8080" && options.code == "ABCD")
        #expect(options.seed == 7 && options.policy == .random)
        #expect(throws: RobotStudents.Problem.self) { try RobotStudents.parse(["0", "http://x"]) }
        #expect(throws: RobotStudents.Problem.self) { try RobotStudents.parse(["3", "http://x"]) }  // no code
        #expect(throws: RobotStudents.Problem.self) { try RobotStudents.parse(["3", "http://x", "code", "A", "policy", "smart"]) }
    }

    @Test func rationalPlay() {
        var informed = RobotPlayer(seat: 3, policy: .rational, seed: 1)
        _ = informed.answer(["type": "role", "kind": "informed", "value": 104])
        _ = informed.answer(["type": "quotes", "bid": 101.4, "ask": 102.6])
        #expect(informed.answer(["type": "called", "seat": 2]) == nil)  // another seat's call
        #expect(informed.answer(["type": "called", "seat": 3]) == #"{"type":"order","side":"buy"}"#)  // 104 > 102.6
        _ = informed.answer(["type": "role", "kind": "informed", "value": 100])
        #expect(informed.answer(["type": "called", "seat": 3]) == #"{"type":"order","side":"sell"}"#)  // 100 < 101.4
        var uninformed = RobotPlayer(seat: 1, policy: .rational, seed: 1)
        _ = uninformed.answer(["type": "role", "kind": "uninformed", "need": "sell"])
        #expect(uninformed.answer(["type": "called", "seat": 1]) == #"{"type":"order","side":"sell"}"#)
    }
}
