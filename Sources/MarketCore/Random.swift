/// SplitMix64 (Steele, Lea & Flood 2014): expands one 64-bit seed into well-mixed words.
///
/// The generators are `@inlinable`: the Monte Carlo kernels in other modules draw once per arrival,
/// and a call across the module boundary there costs a fifth of the kernel's time.
@frozen
public struct SplitMix64: RandomNumberGenerator, Sendable {
    @usableFromInline var state: UInt64

    @inlinable
    public init(seed: UInt64) { state = seed }

    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256** (Blackman & Vigna 2018): the project's own generator, so `set seed 42` repeats
/// every run exactly on every machine.
@frozen
public struct Xoshiro256: RandomNumberGenerator, Equatable, Sendable {
    @usableFromInline var s0, s1, s2, s3: UInt64

    /// Seeds the four words from SplitMix64, as the authors recommend.
    @inlinable
    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// Monte Carlo session `session`'s generator: seeded from SplitMix64(seed ⊕ session·φ), where
    /// φ = 0x9E3779B97F4A7C15 (distinct sessions give distinct, unrelated streams). Every model's
    /// `simulate` seeds its sessions so, which makes session i a pure function of (seed, i).
    @inlinable
    public init(seed: UInt64, session: Int) {
        var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: session) &* 0x9E37_79B9_7F4A_7C15))
        self.init(seed: mixer.next())
    }

    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }
}

extension RandomNumberGenerator {
    /// A uniform draw from [0, 1) with 53 random bits.
    @inlinable @inline(__always)
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
