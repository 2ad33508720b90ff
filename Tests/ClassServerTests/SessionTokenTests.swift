import Foundation
import Testing

@testable import ClassServer

/// Session tokens: 128 random bits, kept only as their SHA-256 digest (the log never holds a
/// token), compared in constant time; `--resume` finds a seat from the stored digests.
struct SessionTokenTests {
    @Test func theDigestIsSHA256() {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        #expect(SessionToken.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // FIPS 180-2, appendix B.2: the 56-byte message.
        #expect(
            SessionToken.digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func tokensAre128RandomBitsInHex() {
        // A generator that counts: the two words it gives are the token's two halves, zeros kept.
        struct Counting: RandomNumberGenerator {
            var word: UInt64 = 0
            mutating func next() -> UInt64 {
                word += 1
                return word
            }
        }
        var counting = Counting()
        #expect(SessionToken.draw(using: &counting) == "0000000000000001" + "0000000000000002")
        var system = SystemRandomNumberGenerator()
        let tokens = (0..<100).map { _ in SessionToken.draw(using: &system) }
        #expect(tokens.allSatisfy { $0.count == SessionToken.length && $0.allSatisfy(\.isHexDigit) })
        #expect(Set(tokens).count == tokens.count)
    }

    @Test func digestsCompareWhole() {
        let digest = SessionToken.digest("token")
        #expect(SessionToken.same(digest, SessionToken.digest("token")))
        #expect(!SessionToken.same(digest, SessionToken.digest("tokem")))
        #expect(!SessionToken.same(digest, String(digest.dropLast()) + (digest.last == "0" ? "1" : "0")))
        #expect(!SessionToken.same(digest, String(digest.dropLast())))
    }

    @Test func theLogKeepsDigestsOnlyAndAResumedHallKnowsTheTokens() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("glosten-\(UUID().uuidString).sqlite").path
        let hall = try ClassHall(code: "WXYZ", market: HostMarket.open("binary"), log: EventLog(path: path))
        var tokens: [String] = []
        for name in ["Ada", "Bea", "Cy"] { tokens.append(try await hall.join(code: "WXYZ", name: name).token) }
        let log = try EventLog(path: path)
        let text = String(decoding: try JSONEncoder().encode(try log.records()), as: UTF8.self)
        for token in tokens {
            #expect(!text.contains(token), "the log holds a token")
            #expect(text.contains(SessionToken.digest(token)))
        }
        let resumed = try ClassHall(resuming: log, market: HostMarket.open("binary"))
        for (index, token) in tokens.enumerated() {
            #expect(await resumed.seats.seat(token: token)?.number == index + 1)
        }
        #expect(await resumed.seats.seat(token: SessionToken.digest(tokens[0])) == nil)  // a digest is not a token
    }
}
