import Testing

@testable import Homework

/// The code's text: round trips, every single mistyped symbol and every cut caught.
@Suite struct CompletionCodeTests {
    /// A record with every kind of field: a lesson, a drill with numbers, yes/no, skips, hints.
    static let record = HomeworkRecord(
        assignmentTag: 12_345, version: 3, studentTag: 887_503_680,
        items: [
            .lesson([.firstTry, .later, .revealed, .peeked, .open]),
            .drill(
                claimed: DrillClaim(firstTry: 1, later: 1),
                exercises: [
                    ExerciseRecord(hints: 0, first: .number(1_026_667), settle: .byFirst),
                    ExerciseRecord(hints: 2, first: .number(-6_500), settle: .later(.number(6_500))),
                    ExerciseRecord(hints: 0, first: .yes(true), settle: .byFirst),
                    ExerciseRecord(hints: 0, first: nil, settle: .revealed),
                    ExerciseRecord(hints: 1, first: .number(0), settle: .open),
                ]),
            .notStarted,
            .game(claimed: 875, finished: true, moves: [[0, 0], [nil, -12], [10_000, nil], [-3, 7]]),
            .game(claimed: 0, finished: false, moves: [[-250_000], [0]]),
        ])

    /// A code of layout 1 (before games: three kinds of item) still reads.
    @Test func layoutOneStillReads() throws {
        var w = MixedRadixWriter()
        for (value, radix) in [(1, 4), (12_345, 29_791), (3, 1000), (887_503_680, 887_503_681), (2, 41), (0, 3), (1, 3), (1, 64), (1, 5)] {
            w.write(UInt64(value), radix: UInt64(radix))
        }
        let record = try CodeFields.record(CompletionCode.text(payload: w.digits)).get()
        #expect(record == HomeworkRecord(assignmentTag: 12_345, version: 3, studentTag: 887_503_680, items: [.notStarted, .lesson([.firstTry])]))
    }

    @Test func roundTrip() throws {
        let code = CodeFields.code(Self.record)
        #expect(try CodeFields.record(code).get() == Self.record)
        // Lower case and without the dashes reads the same.
        #expect(try CodeFields.record(code.lowercased().replacingOccurrences(of: "-", with: "")).get() == Self.record)
    }

    @Test func alphabetHasNoLookAlikes() {
        #expect(CodeAlphabet.symbols.count == 31)
        for lookAlike in Array("01OIL") { #expect(!CodeAlphabet.symbols.contains(lookAlike)) }
        #expect(Set(CodeAlphabet.symbols).count == 31)
    }

    /// Every position, every other symbol: rejected (the first check symbol alone guarantees it).
    @Test func everySingleChangeIsRejected() {
        let code = CodeFields.code(Self.record)
        let symbols = Array(code)
        var tried = 0
        for i in symbols.indices where symbols[i] != "-" {
            for other in CodeAlphabet.symbols where other != symbols[i] {
                var changed = symbols
                changed[i] = other
                tried += 1
                #expect(throws: (any Error).self) { try CodeFields.record(String(changed)).get() }
            }
        }
        #expect(tried == symbols.count(where: { $0 != "-" }) * 30)
    }

    /// Every neighbouring pair swapped (where the two differ): rejected.
    @Test func everyAdjacentSwapIsRejected() {
        let symbols = Array(CodeFields.code(Self.record)).filter { $0 != "-" }
        for i in 0..<(symbols.count - 1) where symbols[i] != symbols[i + 1] {
            var swapped = symbols
            swapped.swapAt(i, i + 1)
            #expect(throws: (any Error).self) { try CodeFields.record(String(swapped)).get() }
        }
    }

    /// Every prefix and every code with one symbol dropped: rejected.
    @Test func truncationIsRejected() {
        let symbols = Array(CodeFields.code(Self.record)).filter { $0 != "-" }
        for n in 0..<symbols.count {
            #expect(throws: (any Error).self) { try CodeFields.record(String(symbols.prefix(n))).get() }
            var dropped = symbols
            dropped.remove(at: n)
            #expect(throws: (any Error).self) { try CodeFields.record(String(dropped)).get() }
        }
    }

    @Test func lookAlikeCharactersAreNamed() {
        let code = CodeFields.code(Self.record)
        let typed = "0" + code.dropFirst()
        #expect(CompletionCode.payload(of: typed) == .failure(.notInAlphabet("0")))
    }

    /// The check symbols by hand for a three-symbol body [2, 0, 5] (values of "4", "2", "7"):
    /// first = 2·1 + 0·2 + 5·3 = 17; second weights (7i mod 29) + 1 = 1, 8, 15: 2 + 0 + 75 = 77 ≡ 15.
    @Test func checkSymbolsByHand() {
        #expect(CompletionCode.checks([2, 0, 5]) == [17, 15])
    }

    /// Mixed radix by hand: fields (3 of 4), (1 of 2), (30 of 31) make 3 + 1·4 + 30·8 = 247 = 7·31 + 30.
    @Test func mixedRadixByHand() {
        var w = MixedRadixWriter()
        w.write(3, radix: 4)
        w.write(1, radix: 2)
        w.write(30, radix: 31)
        #expect(w.digits == [30, 7])
        var r = MixedRadixReader(digits: w.digits)
        #expect(r.read(radix: 4) == 3)
        #expect(r.read(radix: 2) == 1)
        #expect(r.read(radix: 31) == 30)
        #expect(r.isExhausted)
    }

    /// A code for a short assignment fits a text box: a lesson and a five-exercise drill.
    @Test func codeIsShort() {
        let code = CodeFields.code(
            HomeworkRecord(
                assignmentTag: 29_790, version: 999, studentTag: CodeFields.studentRadix - 1,
                items: [
                    .lesson(Array(repeating: .firstTry, count: 6)),
                    .drill(
                        claimed: DrillClaim(firstTry: 5, later: 0),
                        exercises: Array(repeating: ExerciseRecord(hints: 0, first: .number(1_026_700), settle: .byFirst), count: 5)),
                ]))
        #expect(code.count < 80, "\(code)")
    }
}
