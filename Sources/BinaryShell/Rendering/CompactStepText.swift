import Foundation
import MarketModel
import ShellKit

/// One Bayes step laid out to fit a screen (a lesson's step at 80×24): the same Bayes' rule with
/// its numbers, elastic demand without its note, the odds and P(event) on one line each, the quotes two to a line, a short why and
/// a one-line hidden part. Every number is the `BayesStep`'s, as in the full layout.
extension StepText {
    var compactLines: [Line] {
        [headline] + bayes + ElasticText.stepLines(step, parameters: parameters, compact: true) + compactOdds + informed
            + ParticipationText(parameters: parameters).stepLines(step) + QuoteMoves.compactLines(quoteRows)
            + quoteNotes + [Line("  Why           " + BriefExplanation(step: step, parameters: parameters).text)]
            + hidden(compact: true)
    }

    /// `odds(V = 104 : V = 96) = 1.0000 × 0.5556/0.2222 = 2.5000`, and P(event)'s move with its odds.
    private var compactOdds: [Line] {
        let labels = StateLabels(parameters: parameters)
        let prior = step.prior.logProbability
        let post = step.posterior.logProbability
        var lines: [Line] = []
        if step.logLikelihoodRatio.isFinite, (prior.good - prior.bad).isFinite {
            let l = step.likelihood
            lines.append(
                Line(
                    "  Odds form     odds(V = \(labels.high) : V = \(labels.low)) = \(Format.probability(exp(prior.good - prior.bad))) × \(Format.probability(l.good))/\(Format.probability(l.bad)) = \(Format.probability(exp(post.good - post.bad)))"
                ))
        }
        if parameters.alpha < 1 {
            let before = step.prior.pEvent
            let after = step.posterior.pEvent
            lines.append(
                Line(
                    "  Event         P(event) \(Format.probability(before)) → \(Format.probability(after)): odds \(Format.probability(before / (1 - before))) × \(Format.probability(step.eventLikelihoodRatio)) = \(Format.probability(after / (1 - after)))"
                ))
        }
        return lines
    }
}
