/// A market that `seed S` only reseeds: its generator restarts from S and nothing is redrawn, so
/// there is nothing to say. (A model that redraws nature's value at t = 0 writes its own `reseed`.)
package protocol ReseedsQuietly: ModelMarket {
    /// Restarts the generator from `seed`.
    mutating func setSeed(_ seed: UInt64)
}

extension ReseedsQuietly {
    package mutating func reseed(_ seed: UInt64) -> [Line] {
        setSeed(seed)
        return []
    }
}
