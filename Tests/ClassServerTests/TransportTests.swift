import Foundation
import HummingbirdTesting
import Testing

@testable import ClassServer

/// The server over real HTTP and WebSockets on loopback: the page, `/join`, tokens, one error
/// frame per bad frame, and a reconnection that finds the seat again.
struct TransportTests {
    /// Runs `body` against a live server for `hall`.
    func live(_ hall: ClassHall, _ body: @escaping @Sendable (ClassClient) async throws -> Void) async throws {
        let application = HostApplication.make(hall: hall, bind: "127.0.0.1", port: 0)
        try await application.test(.live) { client in
            try await body(ClassClient(host: "localhost", port: try #require(client.port)))
        }
    }

    @Test func thePageIsServedFromTheBinary() async throws {
        let application = HostApplication.make(hall: try ClassHall(code: "ABCD", market: HostMarket.open("binary"), log: nil), bind: "127.0.0.1", port: 0)
        try await application.test(.live) { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok && page.headers[.contentType] == "text/html; charset=utf-8")
            let html = String(buffer: page.body)
            #expect(html.contains(#"<script src="/page.js">"#) && !html.contains("http"))
            let script = try await client.execute(uri: "/page.js", method: .get)
            #expect(String(buffer: script.body).contains("/join"))
            #expect(try await client.execute(uri: "/page.css", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/etc/passwd", method: .get).status == .notFound)
        }
    }

    @Test func joiningNeedsTheCodeAndAGoodName() async throws {
        try await live(try ClassHall(code: "ABCD", market: HostMarket.open("binary"), log: nil)) { client in
            let wrong = try await client.join(code: "ZZZZ", name: "Ada")
            #expect(wrong.status == 403 && wrong.fields["error"] == HostText.line(.wrongCode))
            let bad = try await client.join(code: "abcd", name: "<b>")
            #expect(bad.status == 400 && bad.fields["error"] == HostText.line(.badName("<b>")))
            let ada = try await client.join(code: "ab cd", name: "Ada")
            #expect(ada.status == 200 && ada.fields["seat"] == "1" && (ada.fields["token"]?.count ?? 0) >= 16)
            let again = try await client.join(code: "ABCD", name: "ada")
            #expect(again.status == 409 && again.fields["error"] == HostText.line(.nameTaken("ada")))
        }
    }

    @Test func badFramesGetOneErrorEachAndTheClassCarriesOn() async throws {
        try await live(try ClassHall(code: "ABCD", market: HostMarket.open("binary"), log: nil)) { client in
            let token = try #require(try await client.join(code: "ABCD", name: "Ada").fields["token"])
            let oversized = #"{"type":"echo","text":""# + String(repeating: "x", count: 3000) + #""}"#
            let frames = try await client.session(
                token: token,
                send: [#"{"type":"echo","text":"one"}"#, "{nope", #"{"type":"shout"}"#, oversized,
                    #"{"type":"echo","text":"two"}"#],
                receive: 7
            ).filter { $0["type"] as? String != "game" }  // the engine's own welcome, after the server's
            #expect(frames.count == 6)
            #expect(frames.first?["type"] as? String == "welcome" && frames.first?["seat"] as? Int == 1)
            #expect(frames.map { $0["type"] as? String } == ["welcome", "echo", "error", "error", "error", "echo"])
            #expect(frames[2]["message"] as? String == HostText.line(.malformedFrame))
            #expect(frames[3]["message"] as? String == HostText.line(.unknownFrameType("shout")))
            #expect(frames[4]["message"] as? String == HostText.line(.oversizedFrame(oversized.utf8.count)))
            #expect(frames[5]["text"] as? String == "two")
        }
    }

    @Test func anUnknownTokenIsNotUpgradedAndAKnownOneFindsItsSeatAgain() async throws {
        let hall = try ClassHall(code: "ABCD", market: HostMarket.open("binary"), log: nil)
        try await live(hall) { client in
            _ = try await client.join(code: "ABCD", name: "Ada")
            let bob = try #require(try await client.join(code: "ABCD", name: "Bob").fields["token"])
            await #expect(throws: (any Error).self) {
                _ = try await client.session(token: "forged", send: [], receive: 1)
            }
            let first = try await client.session(token: bob, send: [], receive: 1)
            let second = try await client.session(token: bob, send: [], receive: 1)
            #expect(first.first?["seat"] as? Int == 2 && second.first?["seat"] as? Int == 2)
            #expect(second.first?["name"] as? String == "Bob")
        }
        #expect(await hall.openConnections == 0)
    }
}
