/// Reads a number typed as arithmetic: `6+1.9383`, `96+8*0.65`, `(104-96)/2`, `-0.5*3`, with
/// + − * / (also × and ÷), parentheses and unary minus, the usual precedence, left to right.
/// Each literal is one `NumberSyntax` accepts without a fraction bar (`1/3` reads as a division,
/// to the same value). Games, drills and lesson predictions read answers and prices with it.
package enum Arithmetic {
    /// The longest expression read (a typed answer, not a program).
    static let maximumLength = 200
    /// The deepest nesting of parentheses and signs read.
    static let maximumDepth = 40

    /// The value of `text`, or nil when it is not arithmetic on numbers, divides by zero, or its
    /// value is not finite.
    package static func value(_ text: String) -> Double? {
        guard !text.isEmpty, text.count <= maximumLength else { return nil }
        var reader = Reader(Array(text.unicodeScalars))
        guard let value = reader.sum(depth: 0), reader.atEnd, value.isFinite else { return nil }
        return value
    }

    /// Whether `text` could only be meant as a number (it starts with a digit, a point, a sign or
    /// a parenthesis), so a line of such words is a game's move typed wrong, not a command.
    package static func looksNumeric(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return "0123456789.+-−(".unicodeScalars.contains(first)
    }

    /// A recursive-descent reader over the expression's characters (spaces are skipped).
    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        var atEnd: Bool {
            mutating get {
                skipSpaces()
                return index == scalars.count
            }
        }

        mutating func skipSpaces() {
            while index < scalars.count, scalars[index] == " " { index += 1 }
        }

        mutating func peek() -> Unicode.Scalar? {
            skipSpaces()
            return index < scalars.count ? scalars[index] : nil
        }

        /// sum := product (('+' | '-' | '−') product)*
        mutating func sum(depth: Int) -> Double? {
            guard var total = product(depth: depth) else { return nil }
            while let op = peek(), op == "+" || op == "-" || op == "−" {
                index += 1
                guard let next = product(depth: depth) else { return nil }
                total = op == "+" ? total + next : total - next
            }
            return total
        }

        /// product := signed (('*' | '×' | '/' | '÷') signed)*
        mutating func product(depth: Int) -> Double? {
            guard var total = signed(depth: depth) else { return nil }
            while let op = peek(), op == "*" || op == "×" || op == "/" || op == "÷" {
                index += 1
                guard let next = signed(depth: depth) else { return nil }
                if op == "*" || op == "×" {
                    total *= next
                } else {
                    guard next != 0 else { return nil }
                    total /= next
                }
            }
            return total
        }

        /// signed := ('-' | '−' | '+') signed | atom
        mutating func signed(depth: Int) -> Double? {
            guard depth < Arithmetic.maximumDepth, let first = peek() else { return nil }
            if first == "-" || first == "−" || first == "+" {
                index += 1
                guard let operand = signed(depth: depth + 1) else { return nil }
                return first == "+" ? operand : -operand
            }
            return atom(depth: depth)
        }

        /// atom := literal | '(' sum ')'
        mutating func atom(depth: Int) -> Double? {
            guard let first = peek() else { return nil }
            if first == "(" {
                index += 1
                guard let inner = sum(depth: depth + 1), peek() == ")" else { return nil }
                index += 1
                return inner
            }
            return literal()
        }

        /// Digits with at most one point and an optional exponent (`1.5e-3`), read by NumberSyntax.
        mutating func literal() -> Double? {
            let start = index
            while index < scalars.count {
                let c = scalars[index]
                if ("0"..."9").contains(c) || c == "." {
                    index += 1
                } else if c == "e" || c == "E", index > start {
                    index += 1
                    if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { index += 1 }
                } else {
                    break
                }
            }
            guard index > start else { return nil }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[start..<index])
            return NumberSyntax.number(text)
        }
    }
}
