import Foundation

/// The true answer to a prediction, worked out from the market before and after the step's block.
package enum PredictionAnswer: Equatable, Sendable {
    /// The quantity after the block (nil when undefined, e.g. a withdrawn side).
    case number(Double?)
    /// Which way it moved (nil when undefined before or after).
    case move(Move?)
    /// The letter of the right option.
    case choice(String)

    /// The answer to `prediction`, given its quantity before and after the block.
    package static func of(_ prediction: Prediction, before: Double?, after: Double?) -> PredictionAnswer {
        switch prediction.kind {
        case .number: return .number(after)
        case .direction:
            guard let before, let after else { return .move(nil) }
            let scale = max(1, abs(before), abs(after))
            if abs(after - before) <= 1e-12 * scale { return .move(.same) }
            return .move(after > before ? .up : .down)
        case .choice(let answer): return .choice(answer)
        }
    }

    /// Whether the learner's answer is right (within the tolerance, for a number).
    package func accepts(_ given: LearnerAnswer, tolerance: Double) -> Bool {
        switch (self, given) {
        case (.number(let value?), .number(let x)): DirectiveSyntax.holds(x, value, within: tolerance)
        case (.move(let move?), .move(let m)): move == m
        case (.choice(let letter), .choice(let l)): letter == l
        default: false
        }
    }

    /// What is wrong with a wrong answer, without giving the right one away.
    package func correction(to given: LearnerAnswer, for prediction: Prediction) -> String {
        switch (self, given) {
        case (.number(let value?), .number(let x)):
            return
                "\(prediction.quantity?.phrase ?? "it") will be \(x < value ? "higher" : "lower") than \(Format.number(x))"
        case (.move, .move(let move)):
            let quantity = prediction.quantity ?? .spread
            switch move {
            case .same: return "\(quantity.phrase) does move"
            case .up: return quantity == .spread ? "the spread does not widen" : "\(quantity.phrase) does not go up"
            case .down:
                return quantity == .spread ? "the spread does not narrow" : "\(quantity.phrase) does not go down"
            }
        case (_, .choice(let letter)): return "not \(letter)"
        default: return "that is not it"
        }
    }

    /// The answer as a sentence: `P(V = high) = 0.6500`, `the spread narrows`, `b (the spread narrows)`.
    package func sentence(for prediction: Prediction) -> String {
        switch (self, prediction.quantity) {
        case (.number, let quantity?): return "\(quantity.phrase) = \(text(for: prediction))"
        case (.move(let move?), let quantity?):
            switch move {
            case .same: return "\(quantity.phrase) stays the same"
            case .up: return quantity == .spread ? "the spread widens" : "\(quantity.phrase) goes up"
            case .down: return quantity == .spread ? "the spread narrows" : "\(quantity.phrase) goes down"
            }
        case (.move, let quantity?): return "\(quantity.phrase) is undefined after this step"
        default: return text(for: prediction)
        }
    }

    /// The answer as the learner reads it: `0.6500`, `narrow`, `b (the spread narrows)`.
    package func text(for prediction: Prediction) -> String {
        switch self {
        case .number(let value): return value.map(Format.price) ?? "undefined"
        case .move(let move):
            guard let move, let quantity = prediction.quantity else { return "undefined" }
            return move.word(for: quantity)
        case .choice(let letter):
            let text =
                prediction.options.first { $0.label == letter }.map { " (\(NarrationText.plain($0.text)))" } ?? ""
            return letter + text
        }
    }
}

/// What a learner typed at a question, once read.
package enum LearnerAnswer: Equatable, Sendable {
    case number(Double)
    case move(Move)
    case choice(String)
}

extension Move {
    /// `widen` / `narrow` for the spread, `up` / `down` otherwise, `same` for no move.
    public func word(for quantity: Quantity) -> String {
        switch (self, quantity) {
        case (.up, .spread): "widen"
        case (.down, .spread): "narrow"
        case (.up, _): "up"
        case (.down, _): "down"
        case (.same, _): "same"
        }
    }
}

extension Prediction {
    /// Reads what the learner typed as an answer to this question; nil when it is not one.
    /// Probabilities take `0.75`, `3/4` or `75%`.
    package func reading(_ text: String) -> LearnerAnswer? {
        let word = text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .number(let quantity, _, _):
            if quantity.isProbability, word.hasSuffix("%"), let percent = Arithmetic.value(String(word.dropLast())) {
                return .number(percent / 100)
            }
            return Arithmetic.value(word).map(LearnerAnswer.number)
        case .direction:
            return DirectiveSyntax.move(word).map(LearnerAnswer.move)
        case .choice:
            return DirectiveSyntax.choiceLabel(word).flatMap { letter in
                options.contains { $0.label == letter } ? .choice(letter) : nil
            }
        }
    }

    /// What an answer to this question looks like, for the line shown when one cannot be read.
    package var accepts: String {
        switch kind {
        case .number(let quantity, _, _):
            quantity.isProbability ? "a probability such as 0.75, 3/4, 75% or 0.3*0.5/0.4" : "a number such as 101.25, 405/4 or 96+8*0.65"
        case .direction(let quantity, _):
            quantity == .spread ? "widen, narrow or same" : "up, down or same"
        case .choice:
            "one of the letters " + options.map(\.label).joined(separator: ", ")
        }
    }

    /// The question, e.g. `Predict the ask after this step (within ±0.05)`.
    package var question: String {
        switch kind {
        case .number(let quantity, _, let tolerance):
            "Predict \(quantity.phrase) after this step (within ±\(Format.number(tolerance)))"
        case .direction(let quantity, _):
            quantity == .spread
                ? "Will the spread widen, narrow or stay the same in this step?"
                : "Will \(quantity.phrase) go up, down or stay the same in this step?"
        case .choice:
            "Which is it?"
        }
    }

    /// A few words for the prompt: `predict the ask`, `widen or narrow?`, `a, b or c?`.
    var promptLabel: String {
        switch kind {
        case .number(let quantity, _, _): "predict \(quantity.phrase)"
        case .direction(let quantity, _): quantity == .spread ? "widen, narrow or same?" : "up, down or same?"
        case .choice: options.map(\.label).joined(separator: "/") + "?"
        }
    }
}
