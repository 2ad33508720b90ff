import MarketCore

/// The drill's draws from its seeded generator: the same seed gives the same exercises on every
/// machine (an index from the generator's own bits, not the standard library's algorithm).
package struct DrillDraw {
    package var generator: Xoshiro256

    package init(seed: UInt64) {
        generator = Xoshiro256(seed: seed)
    }

    /// One element of `choices`, uniformly (the lists are a few items long).
    package mutating func pick<T>(_ choices: [T]) -> T {
        precondition(!choices.isEmpty, "a drill draws from a list of round numbers")
        return choices[Int(generator.next() % UInt64(choices.count))]
    }

    /// `base` with each parameter drawn from its list of round numbers, in the order given.
    package mutating func parameters<P: ParameterSet>(_ base: P, _ grids: [(P.Name, [Double])]) -> P {
        var p = base
        for (name, choices) in grids { p = p.assigning(name, pick(choices)) }
        return p
    }

    /// `choices` in a random order (Fisher–Yates, with this generator's own bits).
    package mutating func shuffled<T>(_ choices: [T]) -> [T] {
        var deck = choices
        for i in stride(from: deck.count - 1, to: 0, by: -1) {
            deck.swapAt(i, Int(generator.next() % UInt64(i + 1)))
        }
        return deck
    }
}
