import ClassRoom
import Foundation
import Testing

@testable import ClassServer

/// The log's record lines, pinned: written out by hand from the format, decoded, encoded back.
@Suite struct HostRecordFormatTests {
    static let lines: [(String, HostRecord)] = [
        (#"{"type":"opened","code":"QX7K"}"#, .opened(code: "QX7K")),
        (#"{"type":"joined","seat":1,"name":"Ada","token":"a1b2"}"#, .joined(Seat(number: 1, name: "Ada", token: "a1b2"))),
        (#"{"type":"event","at":12.5,"event":{"type":"order","seat":1,"side":"buy"}}"#, .event(.order(seat: 1, side: .buy), at: 12.5)),
    ]

    @Test(arguments: lines.indices)
    func aRecordedLineDecodesAndEncodesBack(index: Int) throws {
        let (line, record) = Self.lines[index]
        #expect(try JSONDecoder().decode(HostRecord.self, from: Data(line.utf8)) == record)
        let encoded = try JSONEncoder().encode(record)
        let again = try #require(try JSONSerialization.jsonObject(with: encoded) as? NSDictionary)
        let pinned = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary)
        #expect(again == pinned, "\(String(decoding: encoded, as: UTF8.self))")
        #expect(!String(decoding: encoded, as: UTF8.self).contains("_0"))
    }
}
