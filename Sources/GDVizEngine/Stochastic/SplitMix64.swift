/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", 2014;
/// the reference `splitmix64.c` by Sebastiano Vigna), the seeded generator behind every random
/// choice gdviz makes. It is specified here bit for bit so that a seed gives the same numbers
/// on every machine and with every Swift version; the system generator is never used.
///
/// State: one `UInt64`, initially the seed (any value, 0 included). Each output, with all
/// arithmetic modulo 2⁶⁴:
///
///     state = state + 0x9E3779B97F4A7C15
///     z = state
///     z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
///     z = (z ^ (z >> 27)) * 0x94D049BB133111EB
///     return z ^ (z >> 31)
///
/// An integer uniform on 0 ..< n (n ≥ 1) is drawn by rejection, so it is exactly uniform:
/// with t = 2⁶⁴ mod n, draw r = next() until r ≥ t, and return r mod n. (This is OpenBSD's
/// `arc4random_uniform`; for the small n used here a rejection is rare.)
///
/// Reference values, from `scripts/splitmix64_reference.py`: seed 0 gives
/// 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F; seed 1 gives 0x910A2DEC89025CC1.
package struct SplitMix64: Sendable, Equatable {
    package private(set) var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An integer uniform on `0 ..< bound`, by rejection (see the type's documentation).
    /// `bound` must be at least 1.
    package mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "the bound must be positive")
        let threshold = (0 &- bound) % bound
        while true {
            let r = next()
            if r >= threshold { return r % bound }
        }
    }

    /// A uniformly random permutation of `0 ..< n` by the Fisher–Yates shuffle of the identity:
    /// for i = n − 1 down to 1, swap element i with element j = next(below: i + 1).
    package mutating func permutation(of n: Int) -> [Int] {
        var order = Array(0..<max(n, 0))
        var i = order.count - 1
        while i >= 1 {
            let j = Int(next(below: UInt64(i + 1)))
            order.swapAt(i, j)
            i -= 1
        }
        return order
    }
}
