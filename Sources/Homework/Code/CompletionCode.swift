/// A completion code as text: symbols of `CodeAlphabet`, in groups of five joined by `-`.
///
/// Layout: two symbols giving the payload's length, the payload (a `MixedRadixWriter`'s
/// digits), two check symbols over everything before them. A mistyped symbol changes the first
/// check symbol (its weights are all non-zero mod 31); a cut code disagrees with its length.
public enum CompletionCode {
    /// The longest payload the two length symbols can state.
    static let largestPayload = 31 * 31 - 1

    /// The text of a payload.
    package static func text(payload: [Int]) -> String {
        precondition(payload.count <= largestPayload, "a payload fits its two length symbols")
        var symbols = [payload.count / 31, payload.count % 31] + payload
        symbols += checks(symbols)
        let characters = symbols.map { CodeAlphabet.symbols[$0] }
        return stride(from: 0, to: characters.count, by: 5).map {
            String(characters[$0..<min($0 + 5, characters.count)])
        }.joined(separator: "-")
    }

    /// The payload of a code as typed (any case; `-` and spaces ignored), or why it is not one.
    public static func payload(of text: String) -> Result<[Int], CodeProblem> {
        var symbols: [Int] = []
        for character in text where character != "-" && character != " " {
            guard let value = CodeAlphabet.value(of: character) else { return .failure(.notInAlphabet(character)) }
            symbols.append(value)
        }
        guard symbols.count >= 4 else { return .failure(.tooShort(symbols.count)) }
        let body = Array(symbols.dropLast(2))
        guard Array(symbols.suffix(2)) == checks(body) else { return .failure(.checksum) }
        let length = body[0] * 31 + body[1]
        guard length == body.count - 2 else { return .failure(.length(stated: length, found: body.count - 2)) }
        return .success(Array(body.dropFirst(2)))
    }

    /// The two check symbols: Σ wᵢ·sᵢ mod 31 with wᵢ = (i mod 30) + 1, and with wᵢ = (7i mod 29) + 1.
    static func checks(_ symbols: [Int]) -> [Int] {
        var first = 0
        var second = 0
        for (i, s) in symbols.enumerated() {
            first = (first + s * (i % 30 + 1)) % 31
            second = (second + s * ((7 * i) % 29 + 1)) % 31
        }
        return [first, second]
    }
}

/// Why a typed code is not one.
public enum CodeProblem: Error, Equatable, Sendable {
    case notInAlphabet(Character)
    case tooShort(Int)
    /// The check symbols disagree: a mistyped or altered symbol.
    case checksum
    /// The code is cut or has symbols added.
    case length(stated: Int, found: Int)
    /// The symbols check but do not read as a homework record (a code of another program version).
    case malformed
}
