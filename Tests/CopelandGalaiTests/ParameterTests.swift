import ModelTestSupport
import Testing

@testable import CopelandGalai

@Suite struct ParameterTests {
    @Test func theTableListsEachParameterOnceInOrderAndAcceptsItsDefault() {
        #expect(copelandParameterTable.map(\.name) == [.mean, .width, .pi, .premium])
        #expect(copelandParameterTable.map(\.symbol) == ["m", "w", "π", "C"])
        let defaults = CopelandParameters()
        for row in copelandParameterTable {
            #expect(row.accepted.contains(defaults[row.name]), "\(row.name) default outside its interval")
            #expect(!row.accepts.isEmpty && !row.meaning.isEmpty)
        }
        // m and w define V's law (nature redraws it); the dealer picks x once per market for π and C.
        #expect(copelandParameterTable.allSatisfy { $0.restartsMarket })
    }

    @Test(arguments: [
        (CopelandParameterName.mean, 2e9), (.mean, -2e9), (.mean, .infinity),
        (.width, 0), (.width, -1), (.width, 2e6), (.width, -.infinity),
        (.pi, -0.1), (.pi, 1.5), (.pi, .infinity),
        (.premium, 0), (.premium, -0.5), (.premium, 1e7),
    ])
    func eachBadValueIsRefusedWithItsNameAndTheAcceptedInterval(name: CopelandParameterName, value: Double) {
        var p = CopelandParameters()
        #expect(throws: CopelandError.outOfRange(name, value: value, accepted: name.row.accepted)) {
            p = try p.setting(name, to: value)
        }
        #expect(p == CopelandParameters())
    }

    @Test(arguments: CopelandParameterName.allCases)
    func notANumberIsRefusedForEveryParameter(name: CopelandParameterName) {
        // NaN ≠ NaN, so the case is matched by hand rather than by `==`.
        do {
            _ = try CopelandParameters().setting(name, to: .nan)
            Issue.record("NaN accepted for \(name)")
        } catch {
            guard case .outOfRange(let refused, let value, let accepted) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(refused == name && value.isNaN && accepted == name.row.accepted)
        }
    }

    @Test func theEdgesOfEachIntervalAreAcceptedWhereTheTableSaysSo() throws {
        let p = CopelandParameters()
        #expect(try p.setting(.pi, to: 0).pi == 0)
        #expect(try p.setting(.pi, to: 1).pi == 1)  // every informed arrival: the market shuts
        #expect(try p.setting(.width, to: 1e6).width == 1e6)
        #expect(try p.setting(.premium, to: 1e6).premium == 1e6)
        #expect(try p.setting(.mean, to: -1e9).mean == -1e9)
        // w = 0 and C = 0 are refused (L divides by w, the acceptance by C); tiny positives pass.
        #expect(try p.setting(.width, to: 1e-9).width == 1e-9)
        #expect(try p.setting(.premium, to: 1e-9).premium == 1e-9)
    }

    @Test func settingOneParameterKeepsTheOthers() throws {
        let p = try CopelandParameters().setting(.premium, to: 3)
        #expect(p == copeland(premium: 3))
        #expect(p[.mean] == 100 && p[.width] == 2 && p[.pi] == 0.2 && p[.premium] == 3)
    }

    @Test func anUncheckedSetIsValidatedParameterByParameterInTableOrder() {
        #expect(throws: Never.self) { try CopelandParameters().validate() }
        // Both w and π are bad: the first in table order is named.
        let bad = copeland(width: 0, pi: 2)
        let expected = CopelandError.outOfRange(.width, value: 0, accepted: CopelandParameterName.width.row.accepted)
        #expect(throws: expected) { try bad.validate() }
    }

    @Test(arguments: [-0.5, .infinity, 2e9])
    func aHalfSpreadOutsideZeroToABillionIsRefused(x: Double) {
        #expect(throws: CopelandError.halfSpreadOutOfRange(value: x, accepted: CopelandError.acceptedHalfSpread)) {
            try CopelandParameters().profit(halfSpread: x)
        }
    }

    @Test func aMarketRefusesAValueOutsideTheRangeAndABadQuote() {
        // m = 100, w = 2: V ∈ [98, 102].
        let range = Interval(98, 102)
        #expect(throws: CopelandError.valueOutOfRange(value: 102.5, accepted: range)) {
            try CopelandMarket(parameters: CopelandParameters(), value: 102.5)
        }
        #expect(throws: Never.self) { try CopelandMarket(parameters: CopelandParameters(), value: 98) }
        #expect(throws: CopelandError.halfSpreadOutOfRange(value: -1, accepted: CopelandError.acceptedHalfSpread)) {
            try CopelandMarket(parameters: CopelandParameters(), value: 100, halfSpread: -1)
        }
        #expect(throws: CopelandError.outOfRange(.pi, value: 1.5, accepted: Interval(0, 1))) {
            try CopelandMarket(parameters: copeland(pi: 1.5), value: 100)
        }
    }
}
