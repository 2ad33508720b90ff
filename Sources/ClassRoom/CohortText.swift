import ShellKit

/// `class compare`: two classes side by side, per game and role, and what the difference can say.
extension Cohort {
    /// This class (`self`) beside `earlier` (named `name`).
    public func lines(beside earlier: Cohort, name: String) -> [String] {
        let columns = [Format.pad("", 40), Format.pad("this class", 16), name].joined()
        var lines = [
            "this class (\(students.count) students) beside \(name) (\(earlier.students.count) students)", columns,
        ]
        func row(_ label: String, _ a: String, _ b: String) -> String {
            "  " + Format.pad(label, 38) + Format.pad(a, 16) + b
        }
        func money(_ x: Double?) -> String { x.map(Format.change) ?? "—" }
        func share(_ x: Double?) -> String { x.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }
        func count(_ n: Int) -> String { String(n) }
        if !tradeRounds.isEmpty || !earlier.tradeRounds.isEmpty {
            lines.append("trade game")
            for (label, mine, theirs) in [("informed", informed, earlier.informed), ("uninformed", uninformed, earlier.uninformed)] {
                lines.append(row("\(label) turns", count(mine.turns), count(theirs.turns)))
                lines.append(row("  mean P&L a turn", money(mine.meanPnl), money(theirs.meanPnl)))
                lines.append(row("  own turns (not the robot)", share(mine.participation), share(theirs.participation)))
            }
            lines.append(row("rounds revealed", count(tradeRounds.count), count(earlier.tradeRounds.count)))
            lines.append(row("transfer a round (the informed's P&L)", money(Sample(transfers).mean), money(Sample(earlier.transfers).mean)))
            lines.append(row("uninformed P&L a round", money(Sample(uninformedRounds).mean), money(Sample(earlier.uninformedRounds).mean)))
            lines.append(
                row("market maker's P&L a round", money(Sample(marketMakerRounds).mean), money(Sample(earlier.marketMakerRounds).mean)))
            lines.append("  trading is zero-sum at the value: in each class transfer + uninformed + market maker = 0")
            lines.append("  " + Sample.verdict("the transfer a round", Sample(transfers), Sample(earlier.transfers)))
        }
        if !makersRounds.isEmpty || !earlier.makersRounds.isEmpty {
            lines.append("makers game")
            lines.append(row("quotes (a student a round)", count(makers.turns), count(earlier.makers.turns)))
            lines.append(row("  mean P&L a quote", money(makers.meanPnl), money(earlier.makers.meanPnl)))
            lines.append(row("  own quotes (not the robot)", share(makers.participation), share(earlier.makers.participation)))
            lines.append(row("rounds", count(makersRounds.count), count(earlier.makersRounds.count)))
            lines.append(
                row("Bayesian market maker's P&L a round", money(Sample(bayesRounds).mean), money(Sample(earlier.bayesRounds).mean)))
            lines.append("  " + Sample.verdict("the makers' mean P&L a round", Sample(makersMeans), Sample(earlier.makersMeans)))
        }
        if lines.count == 2 { lines.append("neither class has a revealed round to compare") }
        return lines
    }
}

/// A class's per-round figures: their mean and the standard error of the mean.
struct Sample {
    let values: [Double]
    init(_ values: [Double]) { self.values = values }

    var mean: Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
    /// s / √n, with s the sample standard deviation; nil under two values.
    var standardError: Double? {
        guard values.count >= 2, let m = mean else { return nil }
        let variance = values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count - 1)
        return (variance / Double(values.count)).squareRoot()
    }

    /// What the difference of two classes' means can say, given that each comes from its own
    /// random draws (values, roles, arrivals): against two standard errors of the difference.
    static func verdict(_ what: String, _ mine: Sample, _ theirs: Sample) -> String {
        guard let a = mine.mean, let b = theirs.mean else { return "\(what): one class has no rounds of it, so there is nothing to compare" }
        guard let sa = mine.standardError, let sb = theirs.standardError else {
            return "\(what) differs by \(Format.change(a - b)), but a class with one round gives no measure of the draws' noise: it says nothing beyond these draws"
        }
        let se = (sa * sa + sb * sb).squareRoot()
        let difference = a - b
        if abs(difference) <= 2 * se {
            return "\(what) differs by \(Format.change(difference)), within two standard errors (\(Format.value(2 * se))): the random draws alone could give it"
        }
        return "\(what) differs by \(Format.change(difference)), beyond two standard errors (\(Format.value(2 * se))): more than the draws usually give, though with one class each, how a class played and its luck are not told apart"
    }
}
