import PINModel
import ShellKit

/// `estimate` and `profile` as text; the estimate's `--json` fields.
enum PINEstimateText {
    private static func f(_ x: Double) -> String { Format.fixed(x, places: 4) }

    static let names: [(PINParameterName, String)] = [
        (.alpha, "alpha"), (.delta, "delta"), (.mu, "mu"), (.epsBuy, "eps_buy"), (.epsSell, "eps_sell"),
    ]

    /// Why an estimate at α = 0 prints PIN 0 and no μ or δ.
    static let noEventReason = [
        "  alpha at 0: one Poisson rate each for buys and sells (the means) fits best,",
        "  so PIN is 0; with no event, mu and delta leave no trace: not identified",
    ]

    static func lines(_ e: PINEstimate, session: PINSession) -> [Line] {
        let se = e.standardErrors
        var lines = [
            Line("estimate from \(e.days) days (maximum likelihood; full ln L with −Σ ln B!S!, Lin–Ke)", .heading),
            Line("  parameter  estimate      std. error"),
        ]
        for (name, word) in names {
            let error =
                se.of(name).map(f)
                ?? (se.atBound.contains(name) ? "— at its bound" : "— (information not positive definite)")
            guard !e.notIdentified.contains(name) else {
                lines.append(Line("  " + Format.pad(word, 11) + Format.pad("—", 14) + "— not identified (alpha at 0)"))
                continue
            }
            lines.append(Line("  " + Format.pad(word, 11) + Format.pad(f(e.parameters[name]), 14) + error))
        }
        let pinError = se.pin.map { " ± \(f($0)) (delta method)" } ?? " (no standard error)"
        lines.append(Line("  PIN        \(f(e.pin))\(pinError)"))
        if !se.atBound.isEmpty {
            let words = names.filter { se.atBound.contains($0.0) }.map(\.1).joined(separator: ", ")
            lines.append(Line("  \(words) at a bound of its range: the others' errors are conditional on it", .dim))
        }
        if e.noEvent {
            lines += noEventReason.map { Line($0, .dim) }
        }
        lines.append(Line("  log-likelihood \(f(e.logLikelihood))"))
        let grid = e.outcomes.filter { $0.start.source == .grid }.count
        let clusters = e.outcomes.filter { $0.start.source == .cluster }.count
        lines.append(
            Line(
                "  starts     \(e.outcomes.count) (\(grid) grid, \(clusters) clusters); \(e.reachedBest) reached the best (within 0.001)"
            ))
        if let worst = e.worstOutcome, e.logLikelihood - worst.logLikelihood > PINEstimate.sameMaximum(e.logLikelihood)
        {
            lines.append(
                Line(
                    "  trap       the lowest start stopped \(f(e.logLikelihood - worst.logLikelihood)) below, at alpha \(f(worst.parameters.alpha))"
                ))
        }
        let posteriors = session.days.prefix(3).enumerated().map { i, day in
            let step = DayBayes(day: day, parameters: e.parameters)
            return "\(i + 1) \(PINDayText.typeName(step.mostLikely)) \(f(step.row(step.mostLikely).posterior))"
        }
        lines.append(Line("  days       " + posteriors.joined(separator: ", ") + (e.days > 3 ? ", …" : "")))
        return lines
    }

    /// The values of α `profile` holds: 0.1 … 0.9 and α̂ (one row for α̂, also when it is a grid
    /// point to the places shown).
    static func profileAlphas(_ e: PINEstimate) -> [Double] {
        let estimate = e.parameters.alpha
        let grid = (1...9).map { Double($0) / 10 }.filter { f($0) != f(estimate) }
        return (grid + [estimate]).sorted()
    }

    /// `profile`: the best log-likelihood with α held at `profileAlphas`, each marked within
    /// χ²₁(0.95)/2 of the top.
    static func profile(_ e: PINEstimate, points: [(alpha: Double, logLikelihood: Double)]) -> [Line] {
        let estimate = e.parameters.alpha
        let edge = LikelihoodInterval.drop95
        var lines = [
            Line("profile over alpha: the best log-likelihood with alpha held fixed (\(e.days) days)", .heading),
            Line("  alpha    log-likelihood   below the top"),
        ]
        for point in points {
            let below = e.logLikelihood - point.logLikelihood
            let mark = point.alpha == estimate ? "  ← the estimate" : (below <= edge ? "  within \(f(edge))" : "")
            lines.append(
                Line("  " + Format.pad(f(point.alpha), 9) + Format.pad(f(point.logLikelihood), 17) + f(below) + mark))
        }
        lines.append(
            Line(
                "  within χ²₁(0.95)/2 = \(f(edge)) of the top: inside an approximate 95% interval (likelihood ratio)",
                .dim))
        return lines
    }
}

/// `estimate`'s record: the estimates, their errors, PIN, the log-likelihood and the days.
struct PINEstimateStep: ModelStep {
    let estimate: PINEstimate

    var informedProbability: Double? { nil }

    func fill(_ record: inout Record) {
        let e = estimate
        for (name, _) in PINEstimateText.names {
            guard let field = PINField.estimate(of: name) else { continue }
            record[field.value] = e.notIdentified.contains(name) ? nil : e.parameters[name]
            record[field.error] = e.standardErrors.of(name)
        }
        record[PINField.pin] = e.pin
        record[PINField.sePin] = e.standardErrors.pin
        record[PINField.loglik] = e.logLikelihood
        record[PINField.days] = Double(e.days)
        record[PINField.startsReachedBest] = Double(e.reachedBest)
    }
}
