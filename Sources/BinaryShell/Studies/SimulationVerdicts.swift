import MarketModel
import ShellKit

/// The sentences `simulate` prints under its figures, each read off those figures and their
/// standard errors: whether the market maker broke even (and why, when it did not), and what
/// Roll's estimator picked up. A figure counts as zero when it is within `zLimit` standard errors.
struct SimulationVerdicts {
    let summary: SimulationSummary

    /// How many standard errors from zero still count as zero.
    static let zLimit = 3.0

    private var parameters: Parameters { summary.plan.parameters }
    private var cost: Double { parameters.cost }

    /// Where a figure lies against zero, given its standard error.
    enum Sign: Equatable {
        case zero, negative, positive, unknown
    }

    /// `value` against zero, with its standard error.
    static func sign(_ value: Double?, standardError: Double?) -> Sign {
        guard let value, let se = standardError, value.isFinite, se.isFinite else { return .unknown }
        if abs(value) <= zLimit * se { return .zero }
        return value < 0 ? .negative : .positive
    }

    /// The prior weight of nature's state `truth`: α·θ, α·(1 − θ) or 1 − α.
    private func priorWeight(_ truth: Truth) -> Double {
        switch truth {
        case .high: parameters.alpha * parameters.prior
        case .low: parameters.alpha * (1 - parameters.prior)
        case .none: 1 - parameters.alpha
        }
    }

    /// Did the market maker break even net of c, and why (not).
    var profit: [String] {
        let m = summary.profit
        guard let net = m.netPerSession, let trades = m.tradesPerSession else { return [] }
        guard m.trades > 0 else {
            return [
                "No trade happened in any session (both sides stayed withdrawn), so there was nothing to earn or lose."
            ]
        }
        let se = m.netPerSessionStandardError
        let seText = se.map { " ± " + Format.price($0) } ?? ""
        var lines: [String] = []
        let expected = m.expected / Double(max(m.sessions, 1))
        let rent = expected - cost * trades
        if cost > 0 || rent > 5e-5 {
            let beyond =
                rent > 5e-5
                ? ", and \(Format.price(rent)) more where informed traders stay out and a quote stands at V_H or V_L beyond its break-even price, \(Format.price(expected)) in all"
                : ""
            lines.append(
                "Given each order its quotes expect to earn price − E[V | order]: c = \(Format.number(cost)) on each of its \(Format.value(trades)) trades a session (c × trades = \(Format.price(cost * trades)))\(beyond); net of that, it made \(Format.change(net))\(seText) a session."
            )
        } else {
            lines.append(
                "With no per-trade cost (c = 0) its net profit is the total: \(Format.change(net))\(seText) a session.")
        }
        let sign = Self.sign(net, standardError: se)
        let truth = summary.plan.truth
        switch (sign, truth) {
        case (.unknown, _):
            lines.append("With one session there is no standard error, so no verdict on breaking even.")
        case (.zero, nil):
            let pays =
                m.fromInformed < 0 && m.fromUninformed > 0
                ? ": \(cost > 0 ? "net of that, " : "")what it loses to informed traders it earns from uninformed ones"
                : ""
            lines.append(
                "That is break-even within \(Format.number(Self.zLimit)) standard errors, as zero-profit quotes promise when nature draws the truth from the market maker's own prior\(pays)."
            )
        case (_, nil):
            lines.append(
                "That is not break-even (\(Format.probability(abs(net) / (se ?? 1))) standard errors from zero); with the truth drawn from the market maker's prior this happens by chance in fewer than 3 studies in 1000: try more sessions or another seed."
            )
        case (.zero, let fixed?):
            lines.append(
                "That is break-even within \(Format.number(Self.zLimit)) standard errors. Zero-profit quotes promise it only on average over the market maker's prior (truth drawn); with the truth fixed at \(fixed.rawValue) (prior weight \(Format.probability(priorWeight(fixed)))) it holds here, but is not promised."
            )
        case (_, let fixed?):
            let verb = net < 0 ? "loses" : "earns"
            var sentence =
                "That is not break-even (\(Format.probability(abs(net) / (se ?? 1))) standard errors from zero). Zero-profit quotes break even only on average over the market maker's prior; here the truth is fixed at \(fixed.rawValue), which that prior weights at \(Format.probability(priorWeight(fixed))), and against this truth the market maker \(verb) \(Format.price(abs(net))) a session."
            if fixed == .none, net > 0 {
                sentence +=
                    " Without an event no informed trader comes, yet the quotes still charge every trade for the chance of one."
            }
            lines.append(sentence)
        }
        return lines
    }

    /// What Roll's estimator read, against the cost and the quoted spread.
    var roll: [String] {
        let r = summary.roll
        var lines = [
            "Roll reads the transitory part of price changes, the part the next trade reverses; 2·√(−cov) equals the spread only when prices bounce between a fixed bid and ask with order signs that are uncorrelated and carry no information."
        ]
        let quoted = r.meanQuotedSpread.map(Format.price) ?? "—"
        let twoC = Format.price(2 * cost)
        let fixed = summary.plan.truth
        switch Self.sign(r.autocovariance, standardError: r.autocovarianceStandardError) {
        case .unknown:
            lines.append("Too few trades for a covariance.")
        case .zero:
            var sentence =
                "Here cov is zero within \(Format.number(Self.zLimit)) standard errors: nothing measurable reverses, so Roll sees none of the mean quoted spread \(quoted)."
            if cost == 0, fixed == nil {
                sentence +=
                    " That is the martingale at work: with c = 0 each trade price is the market maker's new E[V | orders so far], and with the truth drawn from its prior those changes are uncorrelated."
            } else if cost > 0 {
                sentence +=
                    " The cost c = \(Format.number(cost)) alone would show as 2c = \(twoC) if order signs were uncorrelated and carried no information; here they are neither, and that offsets it."
            }
            lines.append(sentence)
        case .negative:
            let estimate = r.spread.map(Format.price) ?? "—"
            if cost > 0 {
                let ratio = (r.spread ?? 0) / (2 * cost)
                lines.append(
                    "Here Roll reads \(estimate) against 2c = \(twoC) (\(Format.fixed(ratio, places: 2)) times it) and the mean quoted spread \(quoted): the cost c is transitory (charged on each trade, given back when the next goes the other way), but the orders are informative and informed orders run one way, so the reversal is not the cost alone."
                )
            } else if fixed == nil {
                lines.append(
                    "Here the changes are negatively correlated although c = 0 and the truth is drawn from the prior, where trade prices form a martingale: by chance, in fewer than 3 studies in 1000."
                )
            } else {
                lines.append(
                    "Here the changes are negatively correlated although c = 0: with the truth fixed at \(fixed!.rawValue), trade prices are the market maker's expectations but not a martingale under nature's draws, so Roll's \(estimate) comes from the way prices move toward that truth, not from a bid-ask bounce; the quoted spread was \(quoted)."
                )
            }
        case .positive:
            let why =
                fixed.map { "with the truth fixed at \($0.rawValue), learning carries prices toward it in runs" }
                ?? "by chance, with the truth drawn from the prior"
            lines.append(
                "Here the changes are positively correlated: price moves continue rather than reverse (\(why)), so Roll's estimator is undefined; the quoted spread was \(quoted)."
            )
        }
        return lines
    }
}
