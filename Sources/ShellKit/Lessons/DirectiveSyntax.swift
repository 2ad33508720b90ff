import Foundation

/// The words after `# expect` and `# predict`.
enum DirectiveSyntax {
    /// `ask 103.10 ±0.01`, `p_high 13/20`, `closed`, `ask open`, `error`.
    package static func expectation(_ text: String) -> Expectation? {
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        switch words.count {
        case 1 where words[0] == "error": return .error
        case 1 where words[0] == "closed" || words[0] == "open": return .side(.market, closed: words[0] == "closed")
        case 2 where ["ask", "bid"].contains(words[0]) && ["closed", "open"].contains(words[1]):
            return .side(LessonSide(rawValue: words[0])!, closed: words[1] == "closed")
        default:
            guard words.count >= 2, let quantity = Quantity(rawValue: words[0]),
                let (value, tolerance) = number(Array(words.dropFirst()))
            else { return nil }
            return .value(quantity, value, tolerance: tolerance)
        }
    }

    /// `ask ±0.05`, `ask 103.10 ±0.05`, `direction spread widen`, `choice b`.
    package static func prediction(_ text: String) -> Prediction.Kind? {
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        guard let first = words.first else { return nil }
        let rest = Array(words.dropFirst())
        switch first {
        case "direction":
            guard let name = rest.first, let quantity = Quantity(rawValue: name), rest.count <= 2 else { return nil }
            guard rest.count == 2 else { return .direction(quantity, stated: nil) }
            return move(rest[1]).map { .direction(quantity, stated: $0) }
        case "choice":
            guard rest.count == 1, let label = choiceLabel(rest[0]) else { return nil }
            return .choice(answer: label)
        default:
            guard let quantity = Quantity(rawValue: first) else { return nil }
            if rest.count == 1, let tolerance = self.tolerance(rest[0]) {
                return .number(quantity, stated: nil, tolerance: tolerance)
            }
            guard let (value, tolerance) = number(rest) else { return nil }
            return .number(quantity, stated: value, tolerance: tolerance)
        }
    }

    /// `up`, `widen`, `rises`… → up; `down`, `narrow`… → down; `same`, `unchanged` → same.
    package static func move(_ word: String) -> Move? {
        switch word.lowercased() {
        case "up", "rise", "rises", "higher", "widen", "widens", "wider": .up
        case "down", "fall", "falls", "lower", "narrow", "narrows", "narrower": .down
        case "same", "unchanged", "stay", "stays": .same
        default: nil
        }
    }

    /// A single letter `a`…`z`, also written `(b)` or `b)`.
    static func choiceLabel(_ word: String) -> String? {
        let letter = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "()."))
        guard letter.count == 1, let scalar = letter.unicodeScalars.first, ("a"..."z").contains(scalar) else {
            return nil
        }
        return letter
    }

    /// A value and a tolerance: `103.10 ±0.01`, `103.10 +-0.01`, or `103.10` (half a unit in its last place).
    private static func number(_ words: [String]) -> (Double, Double)? {
        guard let first = words.first, let value = NumberSyntax.number(first) else { return nil }
        switch words.count {
        case 1: return (value, impliedTolerance(first))
        case 2: return tolerance(words[1]).map { (value, $0) }
        default: return nil
        }
    }

    private static func tolerance(_ word: String) -> Double? {
        for sign in ["±", "+-", "+/-"] where word.hasPrefix(sign) {
            return NumberSyntax.number(String(word.dropFirst(sign.count))).flatMap { $0 >= 0 ? $0 : nil }
        }
        return nil
    }

    /// Whether `actual` is within `tolerance` of `expected`, allowing for rounding in the last bit
    /// (so 103.105 is within ±0.005 of 103.10 even though neither is exact in binary).
    package static func holds(_ actual: Double, _ expected: Double, within tolerance: Double) -> Bool {
        abs(actual - expected) <= tolerance * (1 + 1e-9) + 1e-12 * max(1, abs(expected))
    }

    /// `103.10` promises two places, so it allows ±0.005.
    private static func impliedTolerance(_ text: String) -> Double {
        guard !text.contains("/"), let dot = text.firstIndex(of: ".") else { return text.contains("/") ? 1e-9 : 0.5 }
        let places = text[text.index(after: dot)...].prefix { $0.isNumber }.count
        var tolerance = 0.5
        for _ in 0..<places { tolerance /= 10 }
        return tolerance
    }
}
