#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// Choosing contour levels for a range of function values.
///
/// All functions return finite levels in strictly increasing order, strictly inside the range
/// (never the exact minimum or maximum, where a level set degenerates to points). They return `[]`
/// when `count <= 0`, when a bound is not finite, or when the range is a single value (`lo == hi`).
package enum ContourLevels {

    /// `count` levels evenly spaced strictly inside `range`:
    /// `ℓ_k = lo + (hi − lo)·k / (count + 1)` for `k = 1…count`.
    ///
    /// Example: range `0...10`, count 4 → `[2, 4, 6, 8]`.
    /// Levels that round onto `lo`, `hi` or a previous level (a range far below the spacing of
    /// `Double` near `lo`) are dropped, so fewer than `count` levels may come back.
    package static func linear(count: Int, in range: ClosedRange<Double>) -> [Double] {
        let lo = range.lowerBound, hi = range.upperBound
        guard count > 0, lo.isFinite, hi.isFinite, lo < hi else { return [] }
        let span = hi - lo
        var levels: [Double] = []
        levels.reserveCapacity(count)
        for k in 1...count {
            let level = lo + span * (Double(k) / Double(count + 1))
            appendIfStrictlyInside(level, lo: lo, hi: hi, to: &levels)
        }
        return levels
    }

    /// `count` levels whose offsets above the minimum grow geometrically, for functions such as
    /// Rosenbrock whose interesting structure sits in a thin valley near the minimum.
    ///
    /// With `φ = 10^(−decades)` (default `decades = 3`, so φ = 0.001):
    ///
    ///     ℓ_k = lo + (hi − lo) · φ^((count − k) / count),   k = 0…count−1
    ///
    /// so the lowest level is `lo + φ·(hi − lo)`, consecutive offsets `ℓ_k − lo` grow by the ratio
    /// `φ^(−1/count)`, and the next step after the top level would land exactly on `hi` (which is
    /// excluded). Example: range `0...1000`, count 3, decades 3 → `[1, 10, 100]`.
    ///
    /// Only offsets from `lo` are logarithmic, so the range may be negative or straddle zero
    /// (e.g. `-5...-1` or `-3...2`). `decades <= 0` or non-finite falls back to 3. Edge cases as in
    /// `linear(count:in:)`: empty for `count <= 0`, non-finite bounds or `lo == hi`; levels that round
    /// onto `lo`, `hi` or a previous level are dropped.
    package static func logarithmic(count: Int, in range: ClosedRange<Double>, decades: Double = 3) -> [Double] {
        let lo = range.lowerBound, hi = range.upperBound
        guard count > 0, lo.isFinite, hi.isFinite, lo < hi else { return [] }
        let d = (decades.isFinite && decades > 0) ? decades : 3
        let span = hi - lo
        var levels: [Double] = []
        levels.reserveCapacity(count)
        for k in 0..<count {
            // φ^((count−k)/count) = 10^(−d·(count−k)/count)
            let fraction = pow(10, -d * Double(count - k) / Double(count))
            appendIfStrictlyInside(lo + span * fraction, lo: lo, hi: hi, to: &levels)
        }
        return levels
    }

    /// `count` levels at the empirical quantiles `q_k = k / (count + 1)`, `k = 1…count`, of the finite
    /// samples of `grid` (nearest-rank: the sorted sample at index `round(q_k · (n − 1))`).
    ///
    /// Each level then has roughly the same share of the grid area between it and the next, which
    /// suits functions with very uneven value distributions. Duplicate levels (plateaus) and levels
    /// equal to the minimum or maximum sample are dropped, so fewer than `count` may come back.
    /// Empty when the grid has fewer than two distinct finite values or `count <= 0`.
    package static func quantiles(count: Int, of grid: ScalarGrid) -> [Double] {
        guard count > 0 else { return [] }
        let samples = grid.values.filter { $0.isFinite }.sorted()
        guard let lo = samples.first, let hi = samples.last, lo < hi else { return [] }
        let n = samples.count
        var levels: [Double] = []
        levels.reserveCapacity(count)
        for k in 1...count {
            let q = Double(k) / Double(count + 1)
            let index = Int.checked((q * Double(n - 1)).rounded())
            appendIfStrictlyInside(samples[min(max(index, 0), n - 1)], lo: lo, hi: hi, to: &levels)
        }
        return levels
    }

    // MARK: Helpers

    private static func appendIfStrictlyInside(_ level: Double, lo: Double, hi: Double, to levels: inout [Double]) {
        guard level.isFinite, level > lo, level < hi else { return }
        if let last = levels.last, level <= last { return }
        levels.append(level)
    }
}
